package fr.passerelle.app;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every implementation of an extension point found on the class path (demo contributions, indicator
 * sources), as the application would find its beans, for tests that run without Spring.
 */
public final class ClassPathInstances {

  private ClassPathInstances() {}

  public static <T> List<T> of(Class<T> type) {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(type));
    List<T> found = new ArrayList<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents("fr.passerelle.app")) {
      try {
        found.add(
            type.cast(
                Class.forName(candidate.getBeanClassName())
                    .getDeclaredConstructor()
                    .newInstance()));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(
            candidate.getBeanClassName() + " needs a constructor without arguments", e);
      }
    }
    return found;
  }
}
