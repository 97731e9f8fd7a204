package fr.passerelle.app.helpdesk.internal;

import fr.passerelle.app.inventory.EquipmentNotices;
import java.time.Instant;
import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * The inventory's notices about assistive devices (lent, back, in repair) become the recipients'
 * in-app notifications, beside their tickets' (in the inventory's transaction).
 */
@Component
class EquipmentNotifications implements EquipmentNotices {

  private final NotificationStore notifications;

  EquipmentNotifications(NotificationStore notifications) {
    this.notifications = notifications;
  }

  @Override
  public void send(Collection<Long> recipients, String key, Instant at, Object... arguments) {
    notifications.send(recipients, key, null, at, arguments);
  }
}
