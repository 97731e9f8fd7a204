/** The outings' tables (plain SQL) and demo data. */
@NullMarked
package fr.passerelle.app.outings.internal;

import org.jspecify.annotations.NullMarked;
