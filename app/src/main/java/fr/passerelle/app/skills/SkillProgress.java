package fr.passerelle.app.skills;

import fr.passerelle.app.identity.PersonName;
import java.util.List;

/** A pupil's progress: every competence of the framework, in order, with the level reached. */
public record SkillProgress(PersonName pupil, List<CompetenceState> competences, int topLevel) {

  /** How many competences have a validated level ("Tu sais faire 5 choses sur 16"). */
  public int known() {
    return (int) competences.stream().filter(c -> c.latest() != null).count();
  }

  public int total() {
    return competences.size();
  }
}
