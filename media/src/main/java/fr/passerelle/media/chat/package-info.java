/**
 * Chat fan-out: an in-node {@link fr.passerelle.media.chat.Broadcaster} that hands signals (ids
 * only) to subscribed UIs with {@code UI.access}, and a {@link
 * fr.passerelle.media.chat.PgNotifyBridge} that carries them between nodes through PostgreSQL
 * {@code LISTEN/NOTIFY}. What a signal means and who may see it is the application's business.
 */
package fr.passerelle.media.chat;
