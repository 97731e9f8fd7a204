/**
 * Territory analytics: indicators per commune and per school, computed from the database by
 * documented queries, kept in a snapshot computed once per cluster and saved for every node, shown
 * on an offline map, in charts and tables, exported as CSV and printable reports. Other features
 * contribute their indicators through {@link fr.passerelle.app.analytics.IndicatorSource}. Counts
 * about pupils' needs are hidden below a small-number threshold. Who sees what is asked of {@code
 * territory.Scope}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"identity", "platform", "shell", "support", "territory"})
package fr.passerelle.app.analytics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
