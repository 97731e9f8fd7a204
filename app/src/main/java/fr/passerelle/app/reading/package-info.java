/**
 * Reading aids: syllable colouring of French text ({@link
 * fr.passerelle.app.reading.ui.SyllableText}) and easy-to-read (FALC) versions that any feature can
 * attach to its texts ({@link fr.passerelle.app.reading.EasyReadService}, {@link
 * fr.passerelle.app.reading.ui.EasyReadBlock}), validated by a second person before pupils see
 * them.
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {
      "analytics",
      "audit",
      "demo",
      "identity",
      "platform",
      "profile",
      "shell",
      "support",
      "territory"
    })
package fr.passerelle.app.reading;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
