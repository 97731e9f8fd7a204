/**
 * Territory analytics: indicators per commune and per school, computed from the database by
 * documented queries, kept in a refreshed snapshot, shown on an offline map, in charts and tables,
 * exported as CSV and printable reports. Other features contribute their indicators through {@link
 * fr.passerelle.app.analytics.IndicatorSource}. Counts about pupils' needs are hidden below a
 * small-number threshold.
 */
@NullMarked
package fr.passerelle.app.analytics;

import org.jspecify.annotations.NullMarked;
