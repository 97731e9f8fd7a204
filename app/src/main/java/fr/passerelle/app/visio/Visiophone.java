package fr.passerelle.app.visio;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.territory.ClassMembers;
import fr.passerelle.app.territory.ClassMembers.Members;
import fr.passerelle.app.territory.Scope;
import fr.passerelle.app.visio.internal.CallRow;
import fr.passerelle.app.visio.internal.SessionRow;
import fr.passerelle.app.visio.internal.VisioStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visiophone: a pupil away from school calls their class, its teachers' pages ring on every
 * node (the live channel carries the call's id only, {@link VisioSignals}), and a teacher of the
 * class accepts (the class's live session, started now if none, which the pupil then joins) or
 * declines.
 */
@Service
@Transactional
public class Visiophone {

  /** A pupil's call rings this long before it is forgotten. */
  public static final Duration RING_TIMEOUT = Duration.ofMinutes(2);

  private final VisioStore store;
  private final SessionLookup lookup;
  private final VisioSessions sessions;
  private final ClassMembers members;
  private final People people;
  private final Scope scope;
  private final LiveSignals live;
  private final SchoolTime time;

  Visiophone(
      VisioStore store,
      SessionLookup lookup,
      VisioSessions sessions,
      ClassMembers members,
      People people,
      Scope scope,
      LiveSignals live,
      SchoolTime time) {
    this.store = store;
    this.lookup = lookup;
    this.sessions = sessions;
    this.members = members;
    this.people = people;
    this.scope = scope;
    this.live = live;
    this.time = time;
  }

  /**
   * The live topics the caller's home listens to: a teacher's classes (calls, live sessions), a
   * pupil's class and their own calls' answers.
   */
  @PreAuthorize("hasAnyRole('TEACHER', 'PUPIL')")
  @Transactional(readOnly = true)
  public List<String> bellTopics() {
    Caller caller = scope.caller();
    List<String> topics = new ArrayList<>();
    scope.classesTaught(caller).stream()
        .sorted()
        .forEach(c -> topics.add(VisioSignals.classTopic(c)));
    if (caller.has(Role.PUPIL)) {
      members.ofPupil(caller.id()).ifPresent(m -> topics.add(VisioSignals.classTopic(m.classId())));
      topics.add(VisioSignals.pupilTopic(caller.id()));
    }
    return topics;
  }

  /** A pupil calls their class: its teachers' screens ring. */
  @PreAuthorize("hasRole('PUPIL')")
  public ClassCall callMyClass() {
    Caller caller = scope.caller();
    Members m =
        members
            .ofPupil(caller.id())
            .orElseThrow(
                () -> lookup.refused(caller, "visio.refused.noClass", "pupil:" + caller.id()));
    Instant now = time.now();
    long id = store.insertCall(m.classId(), caller.id(), now);
    live.publish(VisioSignals.classTopic(m.classId()), VisioSignals.CALLED, id);
    return new ClassCall(id, m.classId(), m.name(), caller.displayName(), "RINGING", now, null);
  }

  /** The state of the pupil's own call. */
  @PreAuthorize("hasRole('PUPIL')")
  @Transactional(readOnly = true)
  public ClassCall myCall(long callId) {
    Caller caller = scope.caller();
    return classCall(ownCall(caller, callId), caller.displayName());
  }

  /** The pupil hangs up before an answer. */
  @PreAuthorize("hasRole('PUPIL')")
  public void cancelMyCall(long callId) {
    Caller caller = scope.caller();
    CallRow call = ownCall(caller, callId);
    store.answerCall(call.id(), "CANCELLED", null, time.now(), null);
  }

  /** Calls ringing for the caller's classes. */
  @PreAuthorize("hasRole('TEACHER')")
  @Transactional(readOnly = true)
  public List<ClassCall> ringing() {
    Caller caller = scope.caller();
    List<CallRow> calls =
        store.ringingCalls(scope.classesTaught(caller), time.now().minus(RING_TIMEOUT));
    Map<Long, String> names = new LinkedHashMap<>();
    people
        .names(calls.stream().map(CallRow::pupilId).toList())
        .forEach(p -> names.put(p.id(), p.full()));
    return calls.stream().map(c -> classCall(c, names.getOrDefault(c.pupilId(), ""))).toList();
  }

  /**
   * A teacher of the class accepts (the class's live session, started now if none, which the pupil
   * then joins) or declines a ringing call. Returns the session to join when accepted. A call
   * already answered is refused with its own message (not audited: nobody was refused access).
   */
  @PreAuthorize("hasRole('TEACHER')")
  public Optional<Long> answer(long callId, boolean accept) {
    Caller caller = scope.caller();
    CallRow call =
        store
            .call(callId)
            .orElseThrow(
                () -> lookup.refused(caller, "visio.refused.notYourCall", "call:" + callId));
    Members m = lookup.taughtClass(caller, call.classId());
    Instant now = time.now();
    Long sessionId = null;
    if (accept) {
      sessionId =
          store.sessionsOfClasses(List.of(m.classId())).stream()
              .filter(s -> lookup.occurrences(s).current(now).isPresent())
              .map(SessionRow::id)
              .findFirst()
              .orElse(null);
      if (sessionId == null) {
        sessionId = sessions.startNow(m.classId(), m.name());
      }
    }
    String state = accept ? "ACCEPTED" : "DECLINED";
    if (!store.answerCall(callId, state, caller.id(), now, sessionId)) {
      throw new VisioRefusedException(
          "visio.refused.callOver", "Call " + callId + " was answered already");
    }
    live.publish(VisioSignals.classTopic(call.classId()), VisioSignals.ANSWERED, callId);
    live.publish(
        VisioSignals.pupilTopic(call.pupilId()),
        accept ? VisioSignals.ANSWERED : VisioSignals.DECLINED,
        callId);
    return Optional.ofNullable(sessionId);
  }

  /** The caller's own call; refused for another pupil's. */
  private CallRow ownCall(Caller caller, long callId) {
    return store
        .call(callId)
        .filter(c -> scope.isSelf(caller, c.pupilId()))
        .orElseThrow(() -> lookup.refused(caller, "visio.refused.notYourCall", "call:" + callId));
  }

  private ClassCall classCall(CallRow call, String pupilName) {
    return new ClassCall(
        call.id(),
        call.classId(),
        lookup.className(call.classId()),
        pupilName,
        call.state(),
        call.createdAt(),
        call.sessionId());
  }
}
