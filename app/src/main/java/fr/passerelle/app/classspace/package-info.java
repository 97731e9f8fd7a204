/**
 * The class space: resources a teacher shares with a class (documents, links, audio) with their
 * accessible alternatives and what is missing for the class's declared needs ({@link
 * fr.passerelle.app.classspace.ResourceService}), and class or school news whose images always
 * carry an alternative text ({@link fr.passerelle.app.classspace.NewsService}). One module for
 * both: they share the stored files, the upload checks and the rules of who sees a class's things
 * (its audience, asked of {@code territory.Scope}). See docs/adr/0015.
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {
      "demo",
      "identity",
      "platform",
      "profile",
      "reading",
      "reading :: ui",
      "shell",
      "speech",
      "speech :: ui",
      "support",
      "territory"
    })
package fr.passerelle.app.classspace;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
