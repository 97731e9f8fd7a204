/** The metropolitan administrator's views: the territory at a glance and the audit log. */
@NullMarked
@ApplicationModule(allowedDependencies = {"audit", "identity", "platform", "shell", "territory"})
package fr.passerelle.app.administration;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
