/**
 * The application shell: the layout every view sits in (skip links, header, navigation, live
 * region), the root address that sends each person to their role's home, the error and refusal
 * pages, the translations, and what features plug into the homes ({@link
 * fr.passerelle.app.shell.HomeSection}, {@link fr.passerelle.app.shell.ChildPart}) and the toolbar.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"audit", "identity", "platform", "support"})
package fr.passerelle.app.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
