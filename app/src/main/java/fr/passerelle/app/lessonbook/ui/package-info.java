/** The lesson book's views (teacher, pupil) and its parts of the homes. */
@NullMarked
package fr.passerelle.app.lessonbook.ui;

import org.jspecify.annotations.NullMarked;
