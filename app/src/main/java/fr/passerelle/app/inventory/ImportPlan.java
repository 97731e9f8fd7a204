package fr.passerelle.app.inventory;

import java.util.List;

/**
 * What an import does or would do: each item created, updated (with the fields that change) or left
 * unchanged; or, when any file has a problem, the problems and nothing else done.
 */
public record ImportPlan(List<Item> items, List<ImportProblem> problems, boolean applied) {

  public enum Action {
    CREATE,
    UPDATE,
    UNCHANGED
  }

  /** One imported device. */
  public record Item(
      Action action,
      String file,
      String serial,
      String name,
      DeviceKind kind,
      String schoolName,
      List<String> changedFields) {}

  public long count(Action action) {
    return items.stream().filter(i -> i.action() == action).count();
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }
}
