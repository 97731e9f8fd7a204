/**
 * The visio's tables ({@link fr.passerelle.app.visio.internal.VisioStore}), a session's
 * occurrences, the Jitsi deployment's settings and hooks (with their own security chain), the demo
 * session and the visio indicators. Used by the visio services' transactions only.
 */
@NullMarked
package fr.passerelle.app.visio.internal;

import org.jspecify.annotations.NullMarked;
