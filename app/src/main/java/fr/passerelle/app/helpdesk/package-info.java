/**
 * The helpdesk: breakdown tickets reported from a school on one of its devices (the inventory's),
 * their statuses and steps as in GLPI, and the in-app notifications of the people concerned (a
 * ticket's moves, and the inventory's notices about assistive devices). See ADR 11.
 */
@ApplicationModule(
    allowedDependencies = {
      "analytics",
      "demo",
      "identity",
      "inventory",
      "platform",
      "shell",
      "territory"
    })
@NullMarked
package fr.passerelle.app.helpdesk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
