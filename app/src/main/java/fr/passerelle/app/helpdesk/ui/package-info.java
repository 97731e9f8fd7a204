/** The helpdesk's pages: reporting a breakdown, the tickets; and its home section. */
@NullMarked
package fr.passerelle.app.helpdesk.ui;

import org.jspecify.annotations.NullMarked;
