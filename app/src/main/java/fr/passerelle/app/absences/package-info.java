/**
 * Absences: a parent reports an absence in advance or justifies one the teacher marked; the teacher
 * takes the roll call of a class per half-day; the director sees the school's unjustified absences.
 * {@link fr.passerelle.app.absences.AbsenceService} checks role and scope in every method. What a
 * parent submits and every mark are rows that are never changed: the latest counts.
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {
      "demo",
      "family",
      "identity",
      "platform",
      "shell",
      "support",
      "territory"
    })
package fr.passerelle.app.absences;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
