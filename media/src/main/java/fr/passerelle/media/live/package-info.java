/**
 * The live channel: signals (a topic, a kind and a subject id, never content) fanned out to this
 * node's subscribers by a {@link fr.passerelle.media.live.Broadcaster}, handed to Vaadin UIs with
 * {@code UI.access} ({@link fr.passerelle.media.live.UiSubscriber}), and carried between nodes by a
 * {@link fr.passerelle.media.live.PgNotifyBridge} over PostgreSQL {@code LISTEN/NOTIFY} with a
 * keep-alive and a catch-up from the signal log after a lost connection. What a signal means and
 * who may see what it names is the application's business.
 */
package fr.passerelle.media.live;
