package fr.passerelle.app.townhall;

import java.time.LocalDate;
import java.util.List;

/** The menu of one school day for a commune's schools, its dishes in serving order. */
public record CanteenMenu(long communeId, LocalDate day, List<Dish> dishes) {

  public CanteenMenu {
    dishes = List.copyOf(dishes);
  }

  /** Whether a vegetarian main dish is offered. */
  public boolean vegetarianOption() {
    return dishes.stream().anyMatch(d -> d.vegetarian() && d.course() == Course.MAIN);
  }
}
