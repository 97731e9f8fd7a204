/**
 * The profile on every page (root attributes, the toolbar, the script that applies a change), the
 * person's accessibility settings and a pupil's profile as their teacher prepares it.
 */
@NullMarked
package fr.passerelle.app.profile.ui;

import org.jspecify.annotations.NullMarked;
