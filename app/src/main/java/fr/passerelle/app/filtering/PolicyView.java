package fr.passerelle.app.filtering;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A level's policy: whitelist-only (null: as the level above), whether a whitelist-only level takes
 * the allow rules of the levels above it (it does not unless it says so), and its rules in order.
 */
public record PolicyView(
    PolicyScope scope,
    @Nullable Boolean whitelistOnly,
    boolean inheritAllows,
    List<RuleLine> rules,
    boolean editable) {}
