/**
 * Accounts and family links as stored (entities, repositories, stores), login with its throttling
 * and audit, and the fresh authorities every request and method check is evaluated with.
 */
@NullMarked
package fr.passerelle.app.identity.internal;

import org.jspecify.annotations.NullMarked;
