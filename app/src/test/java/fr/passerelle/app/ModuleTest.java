package fr.passerelle.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of one module's event flow with Spring Modulith's {@code Scenario}: the module and the
 * modules it depends on (and the shell, which gives the texts), nothing else, on the PostgreSQL
 * test database (with the demo data the main test run left there). These tests run in their own
 * JVM, after the main run (the {@code modules} execution of the surefire plugin): each starts a
 * Spring context of its own, which must not replace the main run's shared one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "shell")
@ActiveProfiles("test")
@Tag(ModuleTest.TAG)
public @interface ModuleTest {

  String TAG = "module-test";
}
