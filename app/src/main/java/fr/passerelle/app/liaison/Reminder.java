package fr.passerelle.app.liaison;

import java.time.Instant;

/** A reminder the author sent, to how many families, and when. */
public record Reminder(Instant at, int families) {}
