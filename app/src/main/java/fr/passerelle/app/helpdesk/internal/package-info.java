/**
 * The helpdesk's stores (tickets, steps, notifications), its rules composed of {@code
 * territory.Scope}, what it gives the inventory (notifications, ticket figures), its indicators and
 * its demo data.
 */
@NullMarked
package fr.passerelle.app.helpdesk.internal;

import org.jspecify.annotations.NullMarked;
