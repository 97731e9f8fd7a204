package fr.passerelle.app.townhall;

import java.time.LocalDate;

/**
 * An after-school activity or care of a school: its places, the last day to register, how many are
 * taken, and for a parent whether their child holds one.
 */
public record Activity(
    long id,
    long schoolId,
    String schoolName,
    ActivityKind kind,
    String title,
    String description,
    String schedule,
    int places,
    LocalDate closesOn,
    int taken,
    boolean registered) {

  public int left() {
    return Math.max(0, places - taken);
  }
}
