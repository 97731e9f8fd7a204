package fr.passerelle.app.visio.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a session's occurrences are: one-off, or every week at the same local time in the schools'
 * zone (so a change of summer time keeps 9 o'clock at 9 o'clock). People may join from {@link
 * #EARLY} before an occurrence starts until it ends; ending a session for everyone closes the
 * occurrence it happens in, never the following weeks.
 *
 * @param zone the schools' zone ({@code SchoolTime.zone()}), in which a week is counted
 */
public record Occurrences(
    Instant startsAt, int durationMinutes, boolean weekly, @Nullable Instant endedAt, ZoneId zone) {

  public static final Duration EARLY = Duration.ofMinutes(10);

  public Duration duration() {
    return Duration.ofMinutes(durationMinutes);
  }

  /** The start of the occurrence one may join at this instant. */
  public Optional<Instant> current(Instant now) {
    Instant start = candidate(now);
    if (!now.isBefore(start.minus(EARLY))
        && now.isBefore(start.plus(duration()))
        && !endedDuring(start)) {
      return Optional.of(start);
    }
    return Optional.empty();
  }

  /** The start of the current occurrence or of the next one, empty when none is left. */
  public Optional<Instant> next(Instant now) {
    Instant start = candidate(now);
    if (now.isBefore(start.plus(duration())) && !endedDuring(start)) {
      return Optional.of(start);
    }
    if (!weekly) {
      return Optional.empty();
    }
    return Optional.of(start.atZone(zone).plusWeeks(1).toInstant());
  }

  /** The end of the occurrence starting at this instant. */
  public Instant endOf(Instant occurrenceStart) {
    return occurrenceStart.plus(duration());
  }

  private boolean endedDuring(Instant start) {
    return endedAt != null && !endedAt.isBefore(start.minus(EARLY));
  }

  /** The latest occurrence starting no later than {@code now + EARLY}, or the first one. */
  private Instant candidate(Instant now) {
    if (!weekly) {
      return startsAt;
    }
    ZonedDateTime first = startsAt.atZone(zone);
    long weeks = ChronoUnit.WEEKS.between(first, now.plus(EARLY).atZone(zone));
    return weeks <= 0 ? startsAt : first.plusWeeks(weeks).toInstant();
  }
}
