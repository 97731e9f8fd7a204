/**
 * The digital skills views: a pupil's progress as a picture and a table, the class overview, the
 * validation form.
 */
@NullMarked
package fr.passerelle.app.skills.ui;

import org.jspecify.annotations.NullMarked;
