package fr.passerelle.app.inventory.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One device read from an import file, before its school is resolved: the UAI it names (if any),
 * its serial number (the key that matches it to a stored device) and the columns it sets.
 */
public record ParsedDevice(
    String file,
    int line,
    @Nullable String uai,
    String serial,
    Map<String, @Nullable Object> values) {}
