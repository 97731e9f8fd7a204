package fr.passerelle.app.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public service method (or every public method of a service) that deliberately checks no
 * caller: it is called by other modules' services that already checked their own scope (names,
 * family links, memberships), or by the platform itself (the audit log). The build refuses any
 * other public service method without {@code @PreAuthorize}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface NoCallerCheck {

  /** Why no caller is checked here. */
  String value();
}
