/**
 * The chat's pages: the person's rooms and review list, a room (its history, composer, attachment
 * box and moderation panel as small components of the view), the administrator's emergency switch,
 * and the chat's parts of the homes.
 */
@NullMarked
package fr.passerelle.app.chat.ui;

import org.jspecify.annotations.NullMarked;
