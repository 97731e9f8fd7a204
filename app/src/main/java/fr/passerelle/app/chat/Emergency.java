package fr.passerelle.app.chat;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The administrator's emergency switch: while suspended, nobody can send a message. */
public record Emergency(boolean suspended, @Nullable String notice, @Nullable Instant since) {}
