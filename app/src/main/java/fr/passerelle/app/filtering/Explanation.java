package fr.passerelle.app.filtering;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The engine's answer for a URL with what decided it, and the whole rule chain in order (the "test
 * a URL" tool and the API).
 */
public record Explanation(
    String url,
    boolean allowed,
    int step,
    String scope,
    String rule,
    @Nullable String category,
    @Nullable String matched,
    @Nullable Long schoolId,
    @Nullable Long classId,
    List<String> chain) {}
