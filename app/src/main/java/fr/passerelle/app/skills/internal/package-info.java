/** The skills store (validations, the framework as data) and its demo data. */
@NullMarked
package fr.passerelle.app.skills.internal;

import org.jspecify.annotations.NullMarked;
