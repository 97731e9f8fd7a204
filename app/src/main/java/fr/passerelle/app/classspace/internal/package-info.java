/** The class space's tables (plain SQL for PostgreSQL and H2), its scope rules and demo data. */
@NullMarked
package fr.passerelle.app.classspace.internal;

import org.jspecify.annotations.NullMarked;
