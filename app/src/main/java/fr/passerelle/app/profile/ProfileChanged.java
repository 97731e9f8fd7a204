package fr.passerelle.app.profile;

import fr.passerelle.accessibility.profile.AccessibilityProfile;

/** Published when someone's accessibility profile changes; other features may follow it. */
public record ProfileChanged(long accountId, AccessibilityProfile profile, long changedBy) {}
