package fr.passerelle.app.skills;

import java.util.List;

/** The framework as migrated: its areas (with their competences) and its levels. */
public record Framework(List<SkillArea> areas, List<SkillLevel> levels) {

  public List<Competence> competences() {
    return areas.stream().flatMap(a -> a.competences().stream()).toList();
  }
}
