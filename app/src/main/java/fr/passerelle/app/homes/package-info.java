/**
 * The role homes: where each person lands (a pupil's, a teacher's, a parent's, a director's, a TICE
 * referent's, town-hall staff's and a technician's home). A home shows a little of the territory
 * (the class, the classes, the children, the school, the commune's schools), then gathers what the
 * features contribute ({@link fr.passerelle.app.shell.HomeSection}, {@link
 * fr.passerelle.app.shell.ChildPart}), so it depends on none of them. The administrator's home is
 * the administration module's. Navigation, not territory: the territory keeps its own views.
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {"identity", "shell", "territory", "territory :: ui", "speech :: ui"})
package fr.passerelle.app.homes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
