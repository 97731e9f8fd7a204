/** The security audit log: logins, failures, lock-outs, refusals, reads of sensitive data. */
@NullMarked
package fr.passerelle.app.audit;

import org.jspecify.annotations.NullMarked;
