/** The liaison book's tables (plain SQL) and demo data. */
@NullMarked
package fr.passerelle.app.liaison.internal;

import org.jspecify.annotations.NullMarked;
