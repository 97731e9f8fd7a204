package fr.passerelle.app.analytics.ui;

import org.jspecify.annotations.Nullable;

/**
 * One thing drawn on a map or chart.
 *
 * @param value what sizes it, or null when hidden or without data
 * @param spoken its full accessible name (place, indicator, value, comparison)
 */
record Mark(
    String name, @Nullable Double value, String shown, String spoken, double lat, double lon) {}
