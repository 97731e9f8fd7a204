/** The town hall's views, pictograms and its part of each child's card on the parent's home. */
@NullMarked
package fr.passerelle.app.townhall.ui;

import org.jspecify.annotations.NullMarked;
