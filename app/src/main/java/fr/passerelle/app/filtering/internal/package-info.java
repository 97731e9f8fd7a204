/**
 * Filtering's store, the engine in service and its files, the scope rules composed of {@code
 * territory.Scope}, the decision API for proxies and its counts, the indicators and the demo data.
 */
@NullMarked
package fr.passerelle.app.filtering.internal;

import org.jspecify.annotations.NullMarked;
