package fr.passerelle.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passerelle.app.platform.NoCallerCheck;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules the module check does not cover (ADR 0024): data access stays in its module's internals
 * and transactions, views never reach into internals, time and language come from the platform,
 * every public service method checks its caller, every route says who may open it, every package is
 * null-marked, no source file grows past 500 lines.
 */
class ArchitectureTest {

  static final String APP_PACKAGE = "fr.passerelle.app";

  static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(APP_PACKAGE);

  /** The platform may name a zone, a language or a date pattern; nothing else may. */
  static final String PLATFORM = APP_PACKAGE + ".platform..";

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
  void viewsNeverUseInternals() {
    noClasses()
        .that()
        .resideInAPackage("..ui..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..internal..")
        .because("a view sees its module through the module's API, like everyone else")
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
  void sqlIsWrittenInStoresOnly() {
    noClasses()
        .that()
        .resideOutsideOfPackages("..internal..", PLATFORM)
        .should()
        .dependOnClassesThat()
        .areAssignableTo(JdbcClient.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(JdbcOperations.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(NamedParameterJdbcOperations.class)
        .because("SQL lives in a module's internal stores, called by its transactional services")
        .check(APP);
  }

  @Test
  void storesAreUsedByTheirOwnModuleInsideItsTransactions() {
    classes()
        .that(areDataAccess())
        .should(onlyBeAccessedByTheirModulesTransactionalCode())
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
        .beAnnotatedWith(Transactional.class)
        .orShould()
        .haveSimpleName("AuditLog")
        .check(APP);
  }

  @Test
  void everyPublicServiceMethodChecksItsCaller() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Service.class)
        .and()
        .arePublic()
        .and()
        .doNotHaveModifier(JavaModifier.SYNTHETIC)
        .and()
        .areNotDeclaredIn(Object.class)
        .should()
        .beAnnotatedWith(PreAuthorize.class)
        .orShould()
        .beAnnotatedWith(NoCallerCheck.class)
        .orShould()
        .beDeclaredInClassesThat()
        .areAnnotatedWith(NoCallerCheck.class)
        .because(
            "the UI hiding a button is not a check: role checks are read fresh with @PreAuthorize"
                + " (an exception says why with @NoCallerCheck)")
        .check(APP);
  }

  @Test
  void servicesCheckRolesFreshlyNotWithRolesAllowed() {
    noClasses()
        .that()
        .areAnnotatedWith(Service.class)
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(RolesAllowed.class)
        .because("@RolesAllowed reads the roles of the login, @PreAuthorize the account's now")
        .check(APP);
  }

  @Test
  void everyRouteSaysWhoMayOpenIt() {
    classes()
        .that()
        .areAnnotatedWith(Route.class)
        .should()
        .beAnnotatedWith(RolesAllowed.class)
        .orShould()
        .beAnnotatedWith(PermitAll.class)
        .orShould()
        .beAnnotatedWith(AnonymousAllowed.class)
        .orShould()
        .beAnnotatedWith(DenyAll.class)
        .check(APP);
  }

  @Test
  void timeAndLanguageComeFromThePlatform() {
    noClasses()
        .that()
        .resideOutsideOfPackage(PLATFORM)
        .should()
        .callMethodWhere(platformOnly())
        .orShould()
        .accessFieldWhere(localeConstant())
        .because(
            "the schools' zone, the reader's language and every date or number format come from"
                + " SchoolTime, Formats and Languages")
        .check(APP);
  }

  @Test
  void everyPackageIsNullMarked() {
    List<String> unmarked =
        APP.getPackage(APP_PACKAGE).getSubpackagesInTree().stream()
            .filter(p -> !p.getClasses().isEmpty())
            .filter(
                p ->
                    p.tryGetPackageInfo()
                        .map(info -> !info.isAnnotatedWith(NullMarked.class))
                        .orElse(true))
            .map(JavaPackage::getName)
            .sorted()
            .toList();
    assertThat(unmarked).as("packages without a @NullMarked package-info").isEmpty();
  }

  @Test
  void noMainSourceFileIsOverFiveHundredLines() {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> tooLong;
    try (Stream<Path> files = Files.walk(root)) {
      tooLong =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> p.toString().contains("/src/main/java/"))
              .filter(p -> !p.toString().contains("/target/"))
              .filter(p -> lines(p) > 500)
              .map(p -> root.relativize(p) + " (" + lines(p) + ")")
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(tooLong).as("main source files over 500 lines").isEmpty();
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- predicates ----

  private static final Set<String> PLATFORM_ONLY_CALLS =
      Set.of(
          "java.time.ZoneId.of",
          "java.time.ZoneId.systemDefault",
          "java.util.TimeZone.getDefault",
          "java.util.Locale.of",
          "java.util.Locale.forLanguageTag",
          "java.util.Locale.getDefault",
          "java.util.Locale.<init>",
          "java.time.format.DateTimeFormatter.ofPattern",
          "java.time.format.DateTimeFormatter.ofLocalizedDate",
          "java.time.format.DateTimeFormatter.ofLocalizedTime",
          "java.time.format.DateTimeFormatter.ofLocalizedDateTime",
          "java.time.format.DateTimeFormatter.ofLocalizedPattern",
          "java.text.NumberFormat.getInstance",
          "java.text.NumberFormat.getNumberInstance",
          "java.text.NumberFormat.getIntegerInstance",
          "java.text.NumberFormat.getPercentInstance",
          "java.text.NumberFormat.getCurrencyInstance",
          "java.time.LocalDate.now",
          "java.time.LocalTime.now",
          "java.time.LocalDateTime.now",
          "java.time.ZonedDateTime.now",
          "java.time.Instant.now",
          "java.time.Clock.systemDefaultZone");

  private static DescribedPredicate<JavaAccess<?>> platformOnly() {
    return DescribedPredicate.describe(
        "a zone, a locale, a clock or a format of its own",
        access ->
            PLATFORM_ONLY_CALLS.contains(
                access.getTargetOwner().getName() + "." + access.getTarget().getName()));
  }

  private static DescribedPredicate<JavaAccess<?>> localeConstant() {
    return DescribedPredicate.describe(
        "a language constant other than Locale.ROOT",
        access ->
            access.getTargetOwner().isEquivalentTo(java.util.Locale.class)
                && !access.getTarget().getName().equals("ROOT"));
  }

  private static DescribedPredicate<JavaClass> areDataAccess() {
    return DescribedPredicate.describe(
        "stores and repositories",
        c ->
            c.getPackageName().startsWith(APP_PACKAGE + ".")
                && c.getPackageName().contains(".internal")
                && (c.getSimpleName().endsWith("Store") || c.isAssignableTo(Repository.class)));
  }

  private static ArchCondition<JavaClass> onlyBeAccessedByTheirModulesTransactionalCode() {
    return new ArchCondition<>("be used only by their module's transactional code") {
      @Override
      public void check(JavaClass store, ConditionEvents events) {
        String module = moduleOf(store);
        for (JavaAccess<?> access : store.getAccessesToSelf()) {
          JavaCodeUnit origin = access.getOrigin();
          JavaClass caller = origin.getOwner();
          if (caller.equals(store)) {
            continue;
          }
          boolean sameModule = module.equals(moduleOf(caller));
          boolean transactional =
              caller.getPackageName().contains(".internal")
                  || caller.isAnnotatedWith(Transactional.class)
                  || origin.isAnnotatedWith(Transactional.class);
          if (!sameModule || !transactional) {
            events.add(
                SimpleConditionEvent.violated(
                    access,
                    origin.getFullName()
                        + " uses "
                        + store.getSimpleName()
                        + (sameModule ? " outside a transaction" : " from another module")));
          }
        }
      }
    };
  }

  private static String moduleOf(JavaClass c) {
    String rest = c.getPackageName().substring(Math.min(c.getPackageName().length(), 18));
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
