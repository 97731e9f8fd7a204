package fr.passerelle.accessibility.profile;

/**
 * Starting points a teacher or TICE referent applies to a pupil's profile from the pupil's declared
 * needs. A preset changes only what it is about; the rest of the profile stays.
 */
public enum Preset {
  LOW_VISION,
  BLINDNESS_SCREEN_READER,
  DYSLEXIA,
  MOTOR_SWITCH,
  HEARING,
  ATTENTION;

  public AccessibilityProfile applyTo(AccessibilityProfile profile) {
    AccessibilityProfile.Builder b = profile.toBuilder();
    return switch (this) {
      case LOW_VISION ->
          b.theme(Theme.YELLOW_ON_BLACK)
              .font(Font.ATKINSON_HYPERLEGIBLE)
              .textSize(175)
              .thickFocus(true)
              .largeTargets(true)
              .largePointer(true)
              .readingRuler(true)
              .build();
      case BLINDNESS_SCREEN_READER ->
          b.reducedMotion(true).showShortcuts(true).simplified(true).build();
      case DYSLEXIA ->
          b.font(Font.OPEN_DYSLEXIC)
              .textSize(125)
              .lineSpacing(2.0)
              .letterSpacing(0.12)
              .wordSpacing(0.16)
              .lineLength(60)
              .readingRuler(true)
              .build();
      case MOTOR_SWITCH ->
          b.largeTargets(true).thickFocus(true).scanning(true).scanIntervalMs(2000).build();
      case HEARING -> b.captions(true).build();
      case ATTENTION -> b.simplified(true).reducedMotion(true).lineLength(60).build();
    };
  }
}
