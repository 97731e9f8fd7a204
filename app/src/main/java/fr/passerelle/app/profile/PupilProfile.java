package fr.passerelle.app.profile;

import fr.passerelle.accessibility.profile.AccessibilityProfile;
import fr.passerelle.accessibility.profile.Preset;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A pupil's profile as a teacher or parent sees it: who changed it last and when, which presets the
 * declared needs suggest, and whether the caller may change it.
 */
public record PupilProfile(
    long pupilId,
    String pupilName,
    AccessibilityProfile profile,
    @Nullable Instant updatedAt,
    @Nullable String updatedBy,
    List<Preset> suggested,
    boolean editable) {}
