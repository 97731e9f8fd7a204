/** The login page, and what an account's change does to its open sessions on this node. */
@NullMarked
package fr.passerelle.app.identity.ui;

import org.jspecify.annotations.NullMarked;
