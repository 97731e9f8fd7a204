package fr.passerelle.app.filtering;

import fr.passerelle.filtering.Action;
import org.jspecify.annotations.Nullable;

/**
 * A rule as shown and edited: allow or block a category ({@code *} for every site), in an optional
 * time window written {@code mon,tue 14:00-16:00}; locked rules exist only for the territory.
 */
public record RuleLine(Action action, String category, @Nullable String window, boolean locked) {}
