package fr.passerelle.app;

import fr.passerelle.app.platform.SchoolTime;
import java.lang.reflect.Constructor;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every implementation of an extension point found on the class path (demo contributions, indicator
 * sources), as the application would find its beans, for tests that run without Spring. A
 * constructor may take the school time (demo data dated from today); it gets the system clock in
 * Paris.
 */
public final class ClassPathInstances {

  private ClassPathInstances() {}

  public static <T> List<T> of(Class<T> type) {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(type));
    List<T> found = new ArrayList<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents("fr.passerelle.app")) {
      try {
        found.add(type.cast(instance(Class.forName(candidate.getBeanClassName()))));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(
            candidate.getBeanClassName()
                + " needs a constructor without arguments or with the school time only",
            e);
      }
    }
    return found;
  }

  private static Object instance(Class<?> type) throws ReflectiveOperationException {
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (constructor.getParameterCount() == 1
          && constructor.getParameterTypes()[0] == SchoolTime.class) {
        return constructor.newInstance(SchoolTime.of(Clock.systemUTC(), ZoneId.of("Europe/Paris")));
      }
    }
    return type.getDeclaredConstructor().newInstance();
  }
}
