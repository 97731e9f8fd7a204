package fr.passerelle.app.townhall;

import java.util.List;

/** A child's canteen week: who, which school, and each canteen day. */
public record ChildCanteen(long childId, String firstName, String schoolName, List<MealDay> days) {

  public ChildCanteen {
    days = List.copyOf(days);
  }
}
