package fr.passerelle.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test with the whole application on the PostgreSQL test database and the demo data.
 *
 * <p>The configuration is the browser tests' one (a server on a random port), so the whole suite
 * shares one Spring context. It must: Vaadin makes each context's security-context strategy the
 * JVM-wide one as the context starts, and {@code CurrentUser} reads that JVM-wide strategy, so with
 * a second context {@code @WithUserDetails} in the first one writes where the services do not read.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface PasserelleTest {}
