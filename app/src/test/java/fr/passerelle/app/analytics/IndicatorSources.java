package fr.passerelle.app.analytics;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Every feature's indicator source on the class path, as the application would find them. */
public final class IndicatorSources {

  private IndicatorSources() {}

  public static List<IndicatorSource> all() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(IndicatorSource.class));
    List<IndicatorSource> found = new ArrayList<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents("fr.passerelle.app")) {
      try {
        found.add(
            (IndicatorSource)
                Class.forName(candidate.getBeanClassName()).getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("An indicator source needs a no-argument constructor", e);
      }
    }
    return found;
  }
}
