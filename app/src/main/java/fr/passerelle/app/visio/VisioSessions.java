package fr.passerelle.app.visio;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.territory.ClassMembers;
import fr.passerelle.app.territory.ClassMembers.Members;
import fr.passerelle.app.visio.internal.Occurrences;
import fr.passerelle.app.visio.internal.SessionRow;
import fr.passerelle.app.visio.internal.VisioStore;
import fr.passerelle.media.visio.RoomNames;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visio sessions of a class: a teacher schedules (once or every week), starts now and ends them for
 * their own classes only; a pupil sees their class's session people may join now. Joining is {@link
 * VisioTickets}, invitations {@link VisioInvitations}.
 */
@Service
@Transactional
public class VisioSessions {

  /** A session started now lasts this long unless ended before. */
  public static final int START_NOW_MINUTES = 45;

  public static final int MAX_TITLE = 120;
  public static final int MIN_DURATION = 5;
  public static final int MAX_DURATION = 240;

  private final VisioStore store;
  private final SessionLookup lookup;
  private final ClassMembers members;
  private final LiveSignals live;
  private final SchoolTime time;

  VisioSessions(
      VisioStore store,
      SessionLookup lookup,
      ClassMembers members,
      LiveSignals live,
      SchoolTime time) {
    this.store = store;
    this.lookup = lookup;
    this.members = members;
    this.live = live;
    this.time = time;
  }

  /**
   * Schedules a session of one of the caller's classes, at a local time of the schools' zone, once
   * or every week. Refused for another class; a bad title, duration or a past one-off start is
   * refused with an {@link IllegalArgumentException} whose message is a bundle key.
   */
  @PreAuthorize("hasRole('TEACHER')")
  public long schedule(
      long classId, String title, LocalDateTime start, int durationMinutes, boolean weekly) {
    Caller caller = lookup.caller();
    lookup.taughtClass(caller, classId);
    String cleanTitle = title == null ? "" : title.strip();
    if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
      throw new IllegalArgumentException("visio.error.title");
    }
    if (durationMinutes < MIN_DURATION || durationMinutes > MAX_DURATION) {
      throw new IllegalArgumentException("visio.error.duration");
    }
    Instant now = time.now();
    Instant startsAt = time.instantOf(start);
    if (!weekly && !startsAt.plus(Duration.ofMinutes(durationMinutes)).isAfter(now)) {
      throw new IllegalArgumentException("visio.error.past");
    }
    long id =
        store.insertSession(
            classId,
            RoomNames.generate(),
            cleanTitle,
            startsAt,
            durationMinutes,
            weekly,
            true,
            caller.id(),
            now);
    Occurrences occurrences = new Occurrences(startsAt, durationMinutes, weekly, null, time.zone());
    if (occurrences.current(now).isPresent()) {
      live.publish(VisioSignals.classTopic(classId), VisioSignals.LIVE, id);
    }
    return id;
  }

  /** Starts a session of one of the caller's classes now. */
  @PreAuthorize("hasRole('TEACHER')")
  public long startNow(long classId, String title) {
    Caller caller = lookup.caller();
    lookup.taughtClass(caller, classId);
    Instant now = time.now();
    long id =
        store.insertSession(
            classId,
            RoomNames.generate(),
            title,
            now,
            START_NOW_MINUTES,
            false,
            true,
            caller.id(),
            now);
    live.publish(VisioSignals.classTopic(classId), VisioSignals.LIVE, id);
    return id;
  }

  /** The current and coming sessions of the caller's classes, soonest first. */
  @PreAuthorize("hasRole('TEACHER')")
  @Transactional(readOnly = true)
  public List<SessionSummary> upcoming() {
    Map<Long, String> classes = lookup.taughtClasses(lookup.caller());
    return lookup.summaries(store.sessionsOfClasses(classes.keySet()), classes);
  }

  /** One session, for the people who may join it. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public SessionSummary session(long sessionId) {
    Caller caller = lookup.caller();
    SessionRow session = lookup.session(caller, sessionId);
    Members m = lookup.classOf(caller, session);
    if (!lookup.mayJoin(caller, session)) {
      throw lookup.refused(caller, "visio.refused.notYourClass", "visio:" + sessionId);
    }
    return lookup.summary(session, m.name(), time.now());
  }

  /** Ends the current occurrence for everyone. */
  @PreAuthorize("hasRole('TEACHER')")
  public void endForAll(long sessionId) {
    SessionRow session = lookup.taughtSession(lookup.caller(), sessionId);
    Instant now = time.now();
    store.endSession(session.id(), now);
    store.closeAllPresence(session.id(), now);
  }

  /** The session of the pupil's class people may join now, if any. */
  @PreAuthorize("hasRole('PUPIL')")
  @Transactional(readOnly = true)
  public Optional<SessionSummary> liveForMyClass() {
    Caller caller = lookup.caller();
    Instant now = time.now();
    return members
        .ofPupil(caller.id())
        .flatMap(
            m ->
                store.sessionsOfClasses(List.of(m.classId())).stream()
                    .filter(s -> lookup.occurrences(s).current(now).isPresent())
                    // The latest created wins: a session started now over a scheduled one.
                    .max(Comparator.comparingLong(SessionRow::id))
                    .map(s -> lookup.summary(s, m.name(), now)));
  }
}
