/** The security audit log: logins, failures, lock-outs, refusals, reads of sensitive data. */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "support"})
package fr.passerelle.app.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
