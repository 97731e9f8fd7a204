/**
 * Jitsi visio classes without a Jitsi library: unguessable room names, HS256 tokens for Prosody's
 * token authentication, and the IFrame API configuration derived from a person's accessibility
 * profile. Nothing here knows who may join what: the application decides, then asks for a token.
 */
package fr.passerelle.media.visio;
