package fr.passerelle.app.analytics;

import java.time.Instant;
import java.util.List;

/**
 * Everything about one commune or school: each indicator against the territory, and (for a commune)
 * its schools.
 */
public record Report(
    Place place, List<Comparison> comparisons, List<Place> schools, Instant computedAt) {}
