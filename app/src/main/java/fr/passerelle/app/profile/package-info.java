/**
 * Accessibility profiles as the application stores them: one per account, changed by its owner or
 * prepared by the pupil's teacher, applied on every view, read by other features as one object.
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {"audit", "identity", "platform", "shell", "speech", "territory"})
package fr.passerelle.app.profile;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
