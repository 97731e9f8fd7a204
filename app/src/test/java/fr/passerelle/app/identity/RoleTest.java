package fr.passerelle.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void theHomeOfSeveralRolesIsTheFirstListed() {
    assertThat(Role.primary(Set.of(Role.TEACHER, Role.TICE_REFERENT)))
        .isEqualTo(Role.TICE_REFERENT);
    assertThat(Role.primary(Set.of(Role.PUPIL))).isEqualTo(Role.PUPIL);
    assertThat(Role.primary(Set.of(Role.PARENT, Role.TEACHER))).isEqualTo(Role.TEACHER);
  }

  @Test
  void everyRoleHasAHomeViewItMayOpen() {
    List<JavaClass> views =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.passerelle.app")
                .stream()
                .filter(c -> c.isAnnotatedWith(Route.class))
                .toList();
    for (Role role : Role.values()) {
      assertThat(views)
          .as("home view of " + role)
          .anySatisfy(
              view -> {
                assertThat(view.getAnnotationOfType(Route.class).value())
                    .isEqualTo(role.homeRoute());
                assertThat(Arrays.asList(view.getAnnotationOfType(RolesAllowed.class).value()))
                    .contains(role.name());
              });
    }
  }
}
