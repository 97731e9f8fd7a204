/**
 * Class chat and private conversations: rooms (one per class, one per visio session, one per pair
 * of people) in {@link fr.passerelle.app.chat.ChatRooms}, history, sending and attachments in
 * {@link fr.passerelle.app.chat.ChatMessages}, reports, review, mutes and the emergency switch in
 * {@link fr.passerelle.app.chat.ChatModeration}, presence, retention. Signals go out on the
 * platform's live channel ({@link fr.passerelle.app.chat.ChatFanOut}) with ids only, and every node
 * reads the rest from the database through these services, which check the caller each time. See
 * ADR 0010.
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {
      "analytics",
      "audit",
      "demo",
      "identity",
      "platform",
      "shell",
      "support",
      "territory"
    })
package fr.passerelle.app.chat;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
