/** The town hall's tables (plain SQL), its outing listener and its demo data. */
@NullMarked
package fr.passerelle.app.townhall.internal;

import org.jspecify.annotations.NullMarked;
