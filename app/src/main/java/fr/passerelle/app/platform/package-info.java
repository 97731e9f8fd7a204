/**
 * The platform under the features: school time and formats ({@link SchoolTime}, {@link Formats}),
 * the cross-node live channel ({@link LiveSignals}) and work that runs once per cluster ({@link
 * ClusterOnce}). Features use these, never a copy. The scope guard lives beside the territory it
 * reads ({@code territory.Scope}); durable module events are Spring Modulith's registry on JDBC.
 * See docs/architecture.md and ADR 0024.
 */
@NullMarked
package fr.passerelle.app.platform;

import org.jspecify.annotations.NullMarked;
