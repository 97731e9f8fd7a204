package fr.passerelle.app.outings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A school announced an outing for some of its classes on a day. Published after the outing is
 * saved; the town hall's canteen offers the families of those classes to cancel that day's meal. A
 * durable module event: {@code announcedAt} tells a second delivery of the same announcement.
 */
public record OutingAnnounced(
    long outingId,
    long schoolId,
    Set<Long> classIds,
    LocalDate day,
    String title,
    Instant announcedAt) {

  public OutingAnnounced {
    classIds = Set.copyOf(classIds);
  }
}
