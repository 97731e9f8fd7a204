/**
 * The schools' IT equipment: devices per school and room (computers, printers, network, internet
 * accesses, tablets, interactive boards, assistive devices lent to pupils), their change history,
 * imports from GLPI Agent inventories and CSV, and per-commune figures. The helpdesk module (its
 * breakdown tickets and notifications) uses this one; what this one needs from it goes through
 * {@link fr.passerelle.app.inventory.EquipmentNotices} and {@link
 * fr.passerelle.app.inventory.TicketFigures}. See ADR 11.
 */
@ApplicationModule(
    allowedDependencies = {
      "analytics",
      "demo",
      "identity",
      "platform",
      "shell",
      "support",
      "territory"
    })
@NullMarked
package fr.passerelle.app.inventory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
