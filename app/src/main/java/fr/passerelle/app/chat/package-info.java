/**
 * Class chat and private conversations: rooms (one per class, one per visio session, one per pair
 * of people), who may write to whom, history, unread counts, moderation, the emergency switch,
 * retention, presence. Fan-out across nodes goes through {@code fr.passerelle.media.chat}; signals
 * carry ids only and every node reads the rest from the database, through this module's services,
 * which check the caller each time.
 */
@NullMarked
package fr.passerelle.app.chat;

import org.jspecify.annotations.NullMarked;
