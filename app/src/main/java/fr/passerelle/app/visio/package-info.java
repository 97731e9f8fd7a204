/**
 * Visio classes: a teacher's sessions for a class (one-off, weekly or started now), invitations for
 * parents and outside professionals, tokens for the Jitsi deployment, the accessible call view, the
 * deployment's reservation and presence hooks feeding attendance, and the pupil's visiophone.
 */
@NullMarked
package fr.passerelle.app.visio;

import org.jspecify.annotations.NullMarked;
