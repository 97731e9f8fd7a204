/**
 * The schools' IT equipment and its helpdesk: devices per school and room (computers, printers,
 * network, internet accesses, tablets, interactive boards, assistive devices lent to pupils), their
 * change history, imports from GLPI Agent inventories and CSV, breakdown tickets from the schools
 * to the technicians, and per-commune figures. See ADR 11.
 */
@NullMarked
package fr.passerelle.app.inventory;

import org.jspecify.annotations.NullMarked;
