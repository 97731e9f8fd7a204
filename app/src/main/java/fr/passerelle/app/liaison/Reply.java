package fr.passerelle.app.liaison;

import fr.passerelle.app.identity.PersonName;
import java.time.Instant;

/** A parent's reply to a notice, about one of their children; kept as sent. */
public record Reply(
    long id, long noticeId, PersonName parent, PersonName child, String text, Instant at) {}
