/** The absences' views and their parts of the homes. */
@NullMarked
package fr.passerelle.app.absences.ui;

import org.jspecify.annotations.NullMarked;
