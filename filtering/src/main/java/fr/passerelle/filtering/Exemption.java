package fr.passerelle.filtering;

import java.time.Instant;

/** A site unblocked for one class until an instant (a teacher's request, approved). */
public record Exemption(long id, long classId, String domain, Instant expires) {}
