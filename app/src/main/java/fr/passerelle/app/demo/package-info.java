/**
 * The demo data: the territory, accounts and accessibility profiles loaded into an empty database
 * after Flyway's migrations, and the contributions each feature adds to them.
 */
@NullMarked
package fr.passerelle.app.demo;

import org.jspecify.annotations.NullMarked;
