/**
 * The liaison book (carnet de liaison): teachers and directors post notices to a class, to the
 * whole school or to some families; parents acknowledge them ("J’ai lu") and reply when the author
 * allows it; the author sees how many families have signed, who is missing, and reminds them.
 * {@link fr.passerelle.app.liaison.LiaisonService} checks role and scope in every method.
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
package fr.passerelle.app.liaison;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
