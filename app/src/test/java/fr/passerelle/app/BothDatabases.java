package fr.passerelle.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that runs on both databases: with every other test on PostgreSQL, then again on an
 * in-memory H2 database in PostgreSQL mode, the README's embedded run (the {@code h2} execution of
 * maven-surefire in {@code app/pom.xml}, ADR 0022). Put it on the tests of each feature's main
 * actions, so that SQL only PostgreSQL accepts fails the build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(BothDatabases.TAG)
public @interface BothDatabases {

  /** The JUnit tag the H2 run selects. */
  String TAG = "both-databases";
}
