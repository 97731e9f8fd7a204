package fr.passerelle.app.townhall;

import java.time.Instant;

/** A school-life information page the commune publishes for its families. */
public record InfoPage(long id, long communeId, String title, String body, Instant publishedAt) {}
