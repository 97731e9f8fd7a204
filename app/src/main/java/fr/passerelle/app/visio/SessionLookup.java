package fr.passerelle.app.visio;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.territory.ClassMembers;
import fr.passerelle.app.territory.ClassMembers.Members;
import fr.passerelle.app.territory.Scope;
import fr.passerelle.app.visio.internal.Occurrences;
import fr.passerelle.app.visio.internal.SessionRow;
import fr.passerelle.app.visio.internal.VisioStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the visio services ask first: the session or class at hand, and whether the caller teaches
 * it, is one of its pupils or is invited (questions of {@link Scope}). A refusal is audited by
 * {@link Scope#deny} and told with a translated message ({@link VisioRefusedException}); the
 * refusal of a call's token is audited apart ({@link VisioTickets}). Runs in its callers'
 * transactions.
 */
@Component
@Transactional
class SessionLookup {

  private final VisioStore store;
  private final ClassMembers members;
  private final Scope scope;
  private final SchoolTime time;

  SessionLookup(VisioStore store, ClassMembers members, Scope scope, SchoolTime time) {
    this.store = store;
    this.members = members;
    this.scope = scope;
    this.time = time;
  }

  /** The caller, as their account is now. */
  public Caller caller() {
    return scope.caller();
  }

  /** A session's occurrences, weeks counted in the schools' zone. */
  public Occurrences occurrences(SessionRow session) {
    return session.occurrences(time.zone());
  }

  /** A class the caller teaches, with its name and members; refused for another. */
  public Members taughtClass(Caller caller, long classId) {
    return members
        .of(classId)
        .filter(m -> scope.teaches(caller, classId))
        .orElseThrow(() -> refused(caller, "visio.refused.notYourClass", "class:" + classId));
  }

  /** A session of a class the caller teaches; refused for another. */
  public SessionRow taughtSession(Caller caller, long sessionId) {
    SessionRow session = session(caller, sessionId);
    if (!scope.teaches(caller, session.classId())) {
      throw refused(caller, "visio.refused.notYourClass", "visio:" + sessionId);
    }
    return session;
  }

  /** A session; refused for an unknown one. */
  public SessionRow session(Caller caller, long sessionId) {
    return store
        .session(sessionId)
        .orElseThrow(() -> refused(caller, "visio.refused.unknown", "visio:" + sessionId));
  }

  /** The session's class, its name and members. */
  public Members classOf(Caller caller, SessionRow session) {
    return members
        .of(session.classId())
        .orElseThrow(() -> refused(caller, "visio.refused.unknown", "visio:" + session.id()));
  }

  /** Whether the caller may see the session: a teacher or pupil of its class, or invited. */
  public boolean mayJoin(Caller caller, SessionRow session) {
    return scope.teaches(caller, session.classId())
        || scope.isPupilIn(caller, session.classId())
        || store.invitationOf(session.id(), caller.id()).isPresent();
  }

  /** The classes the caller teaches, by id, with their names. */
  public Map<Long, String> taughtClasses(Caller caller) {
    Map<Long, String> classes = new LinkedHashMap<>();
    for (long classId : new TreeSet<>(scope.classesTaught(caller))) {
      members.of(classId).ifPresent(m -> classes.put(classId, m.name()));
    }
    return classes;
  }

  /** A class's name, empty for a class that is gone. */
  public String className(long classId) {
    return members.of(classId).map(Members::name).orElse("");
  }

  /** The sessions with a current or next occurrence, soonest first. */
  public List<SessionSummary> summaries(List<SessionRow> sessions, Map<Long, String> names) {
    Instant now = time.now();
    return sessions.stream()
        .map(s -> summary(s, names.getOrDefault(s.classId(), ""), now))
        .filter(s -> s.next() != null)
        .sorted(Comparator.comparing(SessionSummary::next))
        .toList();
  }

  public SessionSummary summary(SessionRow s, String className, Instant now) {
    Occurrences occurrences = occurrences(s);
    return new SessionSummary(
        s.id(),
        s.classId(),
        className,
        s.title(),
        occurrences.next(now).orElse(null),
        s.durationMinutes(),
        s.weekly(),
        occurrences.current(now).isPresent());
  }

  /** A scope refusal, audited by {@link Scope#deny}, with the message the person reads. */
  public VisioRefusedException refused(Caller caller, String key, String target) {
    return new VisioRefusedException(key, scope.deny(caller, target, key));
  }
}
