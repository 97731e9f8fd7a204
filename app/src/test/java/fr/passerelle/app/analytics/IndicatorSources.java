package fr.passerelle.app.analytics;

import fr.passerelle.app.ClassPathInstances;
import java.util.List;

/** Every feature's indicator source on the class path, as the application would find them. */
public final class IndicatorSources {

  private IndicatorSources() {}

  public static List<IndicatorSource> all() {
    return ClassPathInstances.of(IndicatorSource.class);
  }
}
