/**
 * The indicators' snapshot: its computing, its storage shared by every node, the small-number rule,
 * the territory's own indicators.
 */
@NullMarked
package fr.passerelle.app.analytics.internal;

import org.jspecify.annotations.NullMarked;
