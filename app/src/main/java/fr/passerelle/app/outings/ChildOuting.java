package fr.passerelle.app.outings;

import org.jspecify.annotations.Nullable;

/** A coming outing of one child, with the latest answer given for them (null: none yet). */
public record ChildOuting(
    Outing outing, long childId, String childFirstName, @Nullable Answer answer) {

  /** Whether a parent still has to answer: no answer yet and the answer date not passed. */
  public boolean awaitsAnswer(java.time.LocalDate today) {
    return answer == null && outing.open(today);
  }
}
