package fr.passerelle.app.filtering;

import java.time.Instant;

/** One import of the category lists; the newest is the one in service. */
public record ListVersion(
    long id,
    Instant importedAt,
    String importedBy,
    String source,
    int categories,
    int domains,
    int urls,
    int expressions,
    int skipped) {}
