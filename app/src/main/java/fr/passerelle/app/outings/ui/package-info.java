/** The outings' views (announce and follow the answers; answer as a parent) and home parts. */
@NullMarked
package fr.passerelle.app.outings.ui;

import org.jspecify.annotations.NullMarked;
