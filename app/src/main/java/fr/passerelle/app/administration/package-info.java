/** The metropolitan administrator's views: the territory at a glance and the audit log. */
@NullMarked
package fr.passerelle.app.administration;

import org.jspecify.annotations.NullMarked;
