/** The liaison book's views and its parts of the parent's home. */
@NullMarked
package fr.passerelle.app.liaison.ui;

import org.jspecify.annotations.NullMarked;
