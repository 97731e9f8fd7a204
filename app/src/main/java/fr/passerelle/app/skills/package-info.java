/**
 * Digital skills: the national framework of digital competences (CRCN, which replaced the B2i)
 * stored as data, the levels teachers validate for their pupils with a date and a comment (every
 * validation kept), each pupil's progress for the pupil and their parents, and a class overview.
 * Who may read and validate is asked of {@code territory.Scope}.
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {
      "audit",
      "demo",
      "identity",
      "platform",
      "shell",
      "support",
      "territory"
    })
package fr.passerelle.app.skills;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
