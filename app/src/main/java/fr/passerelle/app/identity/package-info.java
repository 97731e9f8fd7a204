/**
 * Accounts, roles, family links, login and its throttling: who a caller is and what their scope is
 * built from.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"audit", "platform"})
package fr.passerelle.app.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
