/**
 * Real-time communication for Passerelle: Jitsi rooms and tokens, the accessible call surface and
 * the chat fan-out across nodes. Empty until the visio and chat issues land.
 */
package fr.passerelle.media;
