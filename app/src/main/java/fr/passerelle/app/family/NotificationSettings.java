package fr.passerelle.app.family;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A parent's e-mail settings as they stand: the address, how often, and whether the content goes in
 * the e-mail (readable without logging in) or only a notice and a link. {@code changedAt} is null
 * while the parent has never changed them (the defaults: a daily digest without content).
 */
public record NotificationSettings(
    @Nullable String email,
    Frequency frequency,
    boolean withContent,
    @Nullable Instant changedAt) {}
