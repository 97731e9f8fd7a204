/** The class space's views: resources with their alternatives, class news, home sections. */
@NullMarked
package fr.passerelle.app.classspace.ui;

import org.jspecify.annotations.NullMarked;
