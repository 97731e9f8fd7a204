/**
 * The chat's insides: its tables ({@code ChatStore}), who may do what in a room ({@code
 * RoomRights}, composed of the territory's scope), who may start a conversation with whom ({@code
 * ChatRules}), the short memory of deliveries, the settings, the nightly purge and the demo rows.
 */
@NullMarked
package fr.passerelle.app.chat.internal;

import org.jspecify.annotations.NullMarked;
