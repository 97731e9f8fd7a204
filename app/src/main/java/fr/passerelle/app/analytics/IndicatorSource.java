package fr.passerelle.app.analytics;

import java.util.List;

/**
 * A feature's indicators (equipment, tickets, visio hours, filtering...). Declared as a Spring bean
 * by the feature that owns the tables, so analytics never reads another feature's internals itself:
 * the query is the owner's, written next to its schema.
 */
public interface IndicatorSource {

  /** Lower is shown first. */
  default int order() {
    return 100;
  }

  List<Indicator> indicators();
}
