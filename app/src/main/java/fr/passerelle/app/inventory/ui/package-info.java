/** The equipment's pages: the list, one device, its form, the imports and the commune figures. */
@NullMarked
package fr.passerelle.app.inventory.ui;

import org.jspecify.annotations.NullMarked;
