package fr.passerelle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages are Spring Modulith modules: no cycles, no reaching into internals, and each
 * module says which others it may use.
 */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

  @Test
  void everyFeaturePackageIsAModule() {
    assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
        .containsExactlyInAnyOrder(
            "absences",
            "administration",
            "analytics",
            "audit",
            "chat",
            "classspace",
            "demo",
            "family",
            "filtering",
            "helpdesk",
            "homes",
            "identity",
            "inventory",
            "lessonbook",
            "liaison",
            "outings",
            "platform",
            "profile",
            "reading",
            "shell",
            "skills",
            "speech",
            "support",
            "territory",
            "townhall",
            "visio");
  }

  @Test
  void modulesRespectTheirBoundaries() {
    MODULES.verify();
  }

  /**
   * A module that uses others lists them ({@code @ApplicationModule(allowedDependencies = ...)} in
   * its package-info), so a new arrow is a decision, not an accident.
   */
  @Test
  void everyModuleDeclaresWhatItMayUse() {
    List<String> undeclared =
        MODULES.stream()
            .filter(m -> !m.getDependencies(MODULES).stream().toList().isEmpty())
            .filter(m -> !declaresDependencies(m))
            .map(m -> m.getIdentifier().toString())
            .sorted()
            .toList();
    assertThat(undeclared).as("modules that use others without declaring them").isEmpty();
  }

  private static boolean declaresDependencies(ApplicationModule module) {
    var info =
        module.getBasePackage().getAnnotation(org.springframework.modulith.ApplicationModule.class);
    return info.isPresent() && info.get().allowedDependencies().length > 0;
  }

  @Test
  void writesTheModuleDocumentation() {
    Documenter documenter = new Documenter(MODULES);
    documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    assertThat(java.nio.file.Path.of("target/spring-modulith-docs/components.puml")).exists();
  }
}
