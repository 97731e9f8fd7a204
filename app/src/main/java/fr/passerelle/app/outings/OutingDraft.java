package fr.passerelle.app.outings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** What a teacher or the director fills in to announce an outing; the cost is in euros. */
public record OutingDraft(
    String title,
    LocalDate date,
    LocalTime departs,
    LocalTime returns,
    String place,
    BigDecimal costEuros,
    String formText,
    Set<Long> classIds,
    LocalDate answerBy) {

  public OutingDraft {
    classIds = Set.copyOf(classIds);
  }
}
