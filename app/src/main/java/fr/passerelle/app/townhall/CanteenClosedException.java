package fr.passerelle.app.townhall;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A canteen registration changed after the commune's deadline: refused. The page says the day and
 * when changes closed, in the reader's language.
 */
public class CanteenClosedException extends TownHallException {

  private final LocalDate day;
  private final LocalDateTime closedAt;

  public CanteenClosedException(LocalDate day, LocalDateTime closedAt) {
    super("townhall.canteen.closed");
    this.day = day;
    this.closedAt = closedAt;
  }

  public LocalDate day() {
    return day;
  }

  public LocalDateTime closedAt() {
    return closedAt;
  }
}
