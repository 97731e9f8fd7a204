package fr.passerelle.app.inventory;

import java.time.Instant;
import java.util.Collection;

/**
 * How the inventory tells people about an assistive device lent to a pupil (lent, back, gone to
 * repair): an in-app notification, a bundle key and its arguments translated when shown. The
 * helpdesk module, which uses this one, writes and shows them (its notifications); this module does
 * not know it.
 */
public interface EquipmentNotices {

  /** Notifies each recipient once, in the current transaction. */
  void send(Collection<Long> recipients, String key, Instant at, Object... arguments);
}
