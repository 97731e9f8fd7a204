/** The administrator's home and the audit log. */
@NullMarked
package fr.passerelle.app.administration.ui;

import org.jspecify.annotations.NullMarked;
