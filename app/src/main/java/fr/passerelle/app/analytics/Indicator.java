package fr.passerelle.app.analytics;

/**
 * One indicator and the query that computes it.
 *
 * @param key its name; its texts are {@code analytics.indicator.<key>} (label) and {@code
 *     analytics.indicator.<key>.help} (what it counts)
 * @param sensitive counts of pupils with needs or adapted profiles: hidden below the small-number
 *     threshold, so that no pupil can be singled out
 * @param query SQL answering one row per school: {@code school_id, numerator, denominator}; a
 *     school without a row counts as zero over zero
 */
public record Indicator(String key, IndicatorKind kind, boolean sensitive, String query) {}
