package fr.passerelle.app.skills;

import org.jspecify.annotations.Nullable;

/** Where a pupil stands in one competence: the latest validation, or null when none yet. */
public record CompetenceState(Competence competence, @Nullable Validation latest) {

  /** The level reached, 0 when nothing is validated yet. */
  public int level() {
    return latest == null ? 0 : latest.level();
  }
}
