/**
 * The inventory's stores (SQL on its tables, and read-only on the territory's), its scope rules
 * composed of {@code territory.Scope}, the import readers (GLPI Agent JSON, CSV), its indicators
 * and its demo data.
 */
@NullMarked
package fr.passerelle.app.inventory.internal;

import org.jspecify.annotations.NullMarked;
