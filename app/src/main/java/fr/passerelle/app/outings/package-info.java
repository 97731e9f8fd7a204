/**
 * School outings: the school announces an outing (date, place, cost, authorisation form), parents
 * authorise or refuse online, the teacher sees the answers. Publishes {@link
 * fr.passerelle.app.outings.OutingAnnounced}.
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
package fr.passerelle.app.outings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
