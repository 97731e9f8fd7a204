/**
 * Family notifications and privacy: parents' e-mail settings (immediate or daily digest, content in
 * the mail or not), the mails themselves through SMTP, and the restrictions a director records for
 * separated parents. Other modules publish {@link fr.passerelle.app.family.FamilyNews}.
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
package fr.passerelle.app.family;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
