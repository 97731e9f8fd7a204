/**
 * Accounts, roles, family links, login and its throttling: who a caller is and what their scope is
 * built from.
 */
@NullMarked
package fr.passerelle.app.identity;

import org.jspecify.annotations.NullMarked;
