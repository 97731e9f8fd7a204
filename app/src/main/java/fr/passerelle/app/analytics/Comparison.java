package fr.passerelle.app.analytics;

import org.jspecify.annotations.Nullable;

/**
 * A place against the territory for one indicator.
 *
 * @param territory the whole territory's value
 * @param median the median of the same kind of places (communes or schools) whose value is shown
 */
public record Comparison(
    Indicator indicator, Figure value, Figure territory, @Nullable Double median) {}
