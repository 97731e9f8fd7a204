package fr.passerelle.app.townhall;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One canteen day of a child: the menu if published, whether the child eats there, whether the
 * parent may still change it and until when, and the outing of the day if any.
 */
public record MealDay(
    LocalDate day,
    @Nullable CanteenMenu menu,
    boolean registered,
    boolean open,
    LocalDateTime closesAt,
    @Nullable OutingOffer outing) {

  public Optional<CanteenMenu> menuIfAny() {
    return Optional.ofNullable(menu);
  }
}
