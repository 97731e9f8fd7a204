/**
 * The visio's pages and home sections: sessions and their invitations and attendance for a teacher,
 * the accessible call for whoever may join (or a guest's single-use link), the bell that rings a
 * teacher's home when a pupil calls, and "your class is live" on a pupil's home.
 */
@NullMarked
package fr.passerelle.app.visio.ui;

import org.jspecify.annotations.NullMarked;
