package fr.passerelle.app.townhall;

import java.time.Instant;

/** An information page the commune publishes for its families (table {@code school_life_page}). */
public record InfoPage(long id, long communeId, String title, String body, Instant publishedAt) {}
