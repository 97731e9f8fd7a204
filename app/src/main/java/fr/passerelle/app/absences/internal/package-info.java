/** The absences' tables and demo data. */
@NullMarked
package fr.passerelle.app.absences.internal;

import org.jspecify.annotations.NullMarked;
