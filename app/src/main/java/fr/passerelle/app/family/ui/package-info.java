/** The parent's notification settings and the director's families view. */
@NullMarked
package fr.passerelle.app.family.ui;

import org.jspecify.annotations.NullMarked;
