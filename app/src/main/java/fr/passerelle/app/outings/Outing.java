package fr.passerelle.app.outings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * An announced outing.
 *
 * @param costCents what it costs each family, in euro cents (zero when free)
 * @param formText the authorisation form the parents sign
 * @param answerBy the last day parents may answer (included)
 * @param classNames the classes concerned, as people read them ("CE1"), sorted
 */
public record Outing(
    long id,
    long schoolId,
    String title,
    LocalDate date,
    LocalTime departs,
    LocalTime returns,
    String place,
    int costCents,
    String formText,
    LocalDate answerBy,
    Set<Long> classIds,
    List<String> classNames) {

  public Outing {
    classIds = Set.copyOf(classIds);
    classNames = List.copyOf(classNames);
  }

  /** Whether parents may still answer on this day. */
  public boolean open(LocalDate today) {
    return !today.isAfter(answerBy);
  }
}
