package fr.passerelle.app.filtering;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A level's policy: whitelist-only (null: as the level above) and its rules in order. */
public record PolicyView(
    PolicyScope scope, @Nullable Boolean whitelistOnly, List<RuleLine> rules, boolean editable) {}
