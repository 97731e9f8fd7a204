package fr.passerelle.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/** Layering rules the module check does not cover. */
class ArchitectureTest {

  static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("fr.passerelle.app");

  @Test
  void viewsDoNotTouchRepositoriesOrEntities() {
    noClasses()
        .that()
        .areAssignableTo(Component.class)
        .or()
        .resideInAPackage("..ui..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(Repository.class)
        .orShould()
        .dependOnClassesThat()
        .areAnnotatedWith(Entity.class)
        .because("views call one service and get records")
        .check(APP);
  }

  @Test
  void domainDoesNotDependOnTheUserInterface() {
    noClasses()
        .that()
        .areAnnotatedWith(Entity.class)
        .or()
        .areAnnotatedWith(Service.class)
        .or()
        .areAssignableTo(Repository.class)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.vaadin.flow.component..", "..ui..", "fr.passerelle.app.shell..")
        .because("the domain must not know how it is shown")
        .check(APP);
  }

  @Test
  void repositoriesLiveInInternalPackages() {
    classes()
        .that()
        .areAssignableTo(Repository.class)
        .should()
        .resideInAPackage("..internal..")
        .check(APP);
  }

  @Test
  void servicesOwnTheirTransactions() {
    classes()
        .that()
        .areAnnotatedWith(Service.class)
        .and()
        .resideOutsideOfPackage("..internal..")
        .should()
        .beAnnotatedWith(org.springframework.transaction.annotation.Transactional.class)
        .orShould()
        .haveSimpleName("AuditLog")
        .check(APP);
  }
}
