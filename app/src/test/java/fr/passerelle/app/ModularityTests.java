package fr.passerelle.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The feature packages are Spring Modulith modules: no cycles, no reaching into internals. */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

  @Test
  void everyFeaturePackageIsAModule() {
    assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
        .contains("audit", "identity", "territory", "shell", "administration", "demo");
  }

  @Test
  void modulesRespectTheirBoundaries() {
    MODULES.verify();
  }

  @Test
  void writesTheModuleDocumentation() {
    Documenter documenter = new Documenter(MODULES);
    documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    assertThat(java.nio.file.Path.of("target/spring-modulith-docs/components.puml")).exists();
  }
}
