package fr.passerelle.app.skills;

import java.util.List;

/**
 * How many pupils of a class stand at each level of one competence.
 *
 * @param byLevel index 0: no level yet; index n: level n is their latest validation
 */
public record CompetenceCount(Competence competence, List<Integer> byLevel) {

  public int notYet() {
    return byLevel.getFirst();
  }

  public int atLevel(int level) {
    return byLevel.get(level);
  }
}
