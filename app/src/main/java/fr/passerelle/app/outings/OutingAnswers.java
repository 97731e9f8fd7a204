package fr.passerelle.app.outings;

import java.util.List;

/** The answers to an outing, pupil by pupil (sorted by class then name), and their counts. */
public record OutingAnswers(Outing outing, List<PupilAnswer> pupils) {

  public OutingAnswers {
    pupils = List.copyOf(pupils);
  }

  public long authorised() {
    return pupils.stream().filter(p -> p.answer() != null && p.answer().authorised()).count();
  }

  public long refused() {
    return pupils.stream().filter(p -> p.answer() != null && !p.answer().authorised()).count();
  }

  public long missing() {
    return pupils.stream().filter(p -> p.answer() == null).count();
  }
}
