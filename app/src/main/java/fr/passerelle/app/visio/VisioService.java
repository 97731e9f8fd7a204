package fr.passerelle.app.visio;

import fr.passerelle.accessibility.profile.AccessibilityProfile;
import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.profile.ProfileService;
import fr.passerelle.app.territory.ClassMembers;
import fr.passerelle.app.territory.ClassMembers.Members;
import fr.passerelle.app.visio.internal.CallRow;
import fr.passerelle.app.visio.internal.InvitationRow;
import fr.passerelle.app.visio.internal.Occurrences;
import fr.passerelle.app.visio.internal.PresenceRow;
import fr.passerelle.app.visio.internal.SessionRow;
import fr.passerelle.app.visio.internal.VisioSettings;
import fr.passerelle.app.visio.internal.VisioStore;
import fr.passerelle.media.visio.CallConfig;
import fr.passerelle.media.visio.JitsiSettings;
import fr.passerelle.media.visio.JitsiTokens;
import fr.passerelle.media.visio.JitsiUser;
import fr.passerelle.media.visio.RoomNames;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visio sessions as each caller may use them. A teacher schedules, starts, invites and ends only
 * for their own classes; a pupil joins only their class's room while it is live; a parent or a
 * professional only when invited, and then through the lobby. Whoever may not join gets no token, a
 * clear message and an audit entry.
 */
@Service
@Transactional
public class VisioService {

  /** A session started now lasts this long unless ended before. */
  public static final int START_NOW_MINUTES = 45;

  /** A pupil's call rings this long before it is forgotten. */
  public static final Duration RING_TIMEOUT = Duration.ofMinutes(2);

  public static final int MAX_TITLE = 120;
  public static final int MIN_DURATION = 5;
  public static final int MAX_DURATION = 240;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final VisioStore store;
  private final CurrentUser currentUser;
  private final ClassMembers members;
  private final People people;
  private final ProfileService profiles;
  private final AuditLog audit;
  private final VisioSettings settings;
  private final Clock clock;
  private final LiveSignals live;

  VisioService(
      VisioStore store,
      CurrentUser currentUser,
      ClassMembers members,
      People people,
      ProfileService profiles,
      AuditLog audit,
      VisioSettings settings,
      Clock clock,
      LiveSignals live) {
    this.store = store;
    this.currentUser = currentUser;
    this.members = members;
    this.people = people;
    this.profiles = profiles;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
    this.live = live;
  }

  // --- Scheduling (teachers) ---

  /**
   * Schedules a session of one of the caller's classes, at a French local time, once or every week.
   * Refused for another class; a bad title, duration or a past one-off start is refused with an
   * {@link IllegalArgumentException} whose message is a bundle key.
   */
  @PreAuthorize("hasRole('TEACHER')")
  public long schedule(
      long classId, String title, LocalDateTime start, int durationMinutes, boolean weekly) {
    Caller caller = currentUser.require();
    teacherClass(caller, classId);
    String cleanTitle = title == null ? "" : title.strip();
    if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
      throw new IllegalArgumentException("visio.error.title");
    }
    if (durationMinutes < MIN_DURATION || durationMinutes > MAX_DURATION) {
      throw new IllegalArgumentException("visio.error.duration");
    }
    Instant now = clock.instant();
    Instant startsAt = start.atZone(Occurrences.ZONE).toInstant();
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
    if (new Occurrences(startsAt, durationMinutes, weekly, null).current(now).isPresent()) {
      live.publish(VisioSignals.classTopic(classId), VisioSignals.LIVE, id);
    }
    return id;
  }

  /** Starts a session of one of the caller's classes now. */
  @PreAuthorize("hasRole('TEACHER')")
  public long startNow(long classId, String title) {
    Caller caller = currentUser.require();
    teacherClass(caller, classId);
    Instant now = clock.instant();
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
    Caller caller = currentUser.require();
    Map<Long, String> classes = teacherClasses(caller);
    return summaries(store.sessionsOfClasses(classes.keySet()), classes);
  }

  /** One session, for the people who may join it. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public SessionSummary session(long sessionId) {
    Caller caller = currentUser.require();
    SessionRow session = sessionOrRefuse(caller, sessionId);
    Members m = classOf(caller, session);
    if (!isTeacher(caller, m) && !isPupil(caller, m) && invitation(caller, session).isEmpty()) {
      throw refuse(caller, sessionId, "visio.refused.notYourClass");
    }
    return summary(session, m.name(), clock.instant());
  }

  /** Ends the current occurrence for everyone. */
  @PreAuthorize("hasRole('TEACHER')")
  public void endForAll(long sessionId) {
    Caller caller = currentUser.require();
    SessionRow session = teacherSession(caller, sessionId);
    Instant now = clock.instant();
    store.endSession(session.id(), now);
    store.closeAllPresence(session.id(), now);
  }

  // --- Joining ---

  /** The session of the pupil's class people may join now, if any. */
  @PreAuthorize("hasRole('PUPIL')")
  @Transactional(readOnly = true)
  public Optional<SessionSummary> liveForMyClass() {
    Caller caller = currentUser.require();
    Instant now = clock.instant();
    return members
        .ofPupil(caller.id())
        .flatMap(
            m ->
                store.sessionsOfClasses(List.of(m.classId())).stream()
                    .filter(s -> s.occurrences().current(now).isPresent())
                    // The latest created wins: a session started now over a scheduled one.
                    .max(Comparator.comparingLong(SessionRow::id))
                    .map(s -> summary(s, m.name(), now)));
  }

  /** The current and coming sessions the caller is invited to (a parent). */
  @PreAuthorize("hasRole('PARENT')")
  @Transactional(readOnly = true)
  public List<SessionSummary> myInvitations() {
    Caller caller = currentUser.require();
    Map<Long, String> names = new LinkedHashMap<>();
    List<SessionRow> sessions = store.sessionsInvitingAccount(caller.id());
    for (SessionRow s : sessions) {
      names.computeIfAbsent(s.classId(), id -> members.of(id).map(Members::name).orElse(""));
    }
    return summaries(sessions, names);
  }

  /**
   * The caller's ticket to a session's call: token, room and configuration from their profile.
   * Refused (no token, audited) outside the class, without an invitation, or when not live.
   */
  @PreAuthorize("isAuthenticated()")
  public CallTicket join(long sessionId) {
    Caller caller = currentUser.require();
    SessionRow session = sessionOrRefuse(caller, sessionId);
    Members m = classOf(caller, session);
    boolean teacher = isTeacher(caller, m);
    boolean pupil = isPupil(caller, m);
    Optional<InvitationRow> invited = invitation(caller, session);
    if (!teacher && !pupil && invited.isEmpty()) {
      throw refuse(
          caller,
          sessionId,
          caller.has(Role.PARENT) ? "visio.refused.notInvited" : "visio.refused.notYourClass");
    }
    Instant now = clock.instant();
    Instant occurrence =
        session
            .occurrences()
            .current(now)
            .orElseThrow(() -> refuse(caller, sessionId, "visio.refused.notLive"));
    JitsiUser user = new JitsiUser(String.valueOf(caller.id()), caller.displayName(), "", teacher);
    boolean lobby = !teacher && !pupil && session.lobby();
    return ticket(session, occurrence, now, user, lobby, profiles.mine());
  }

  /**
   * A guest's ticket from a single-use invitation link: the link works once, while the session is
   * live (opening it before leaves it unused); the guest always waits in the lobby.
   */
  public CallTicket redeemLink(String code) {
    InvitationRow invitation =
        store
            .invitationByLink(hash(code))
            .orElseThrow(() -> refuseGuest("visio.refused.badLink", "link"));
    if (invitation.linkUsed()) {
      throw refuseGuest("visio.refused.linkUsed", "invitation:" + invitation.id());
    }
    SessionRow session =
        store
            .session(invitation.sessionId())
            .orElseThrow(() -> refuseGuest("visio.refused.badLink", "link"));
    Instant now = clock.instant();
    Instant occurrence =
        session
            .occurrences()
            .current(now)
            .orElseThrow(
                () -> refuseGuest("visio.refused.notLive", "invitation:" + invitation.id()));
    if (!store.useLink(invitation.id(), now)) {
      throw refuseGuest("visio.refused.linkUsed", "invitation:" + invitation.id());
    }
    JitsiUser user =
        new JitsiUser("invitation-" + invitation.id(), invitation.displayName(), "", false);
    return ticket(session, occurrence, now, user, true, AccessibilityProfile.defaults());
  }

  private CallTicket ticket(
      SessionRow session,
      Instant occurrence,
      Instant now,
      JitsiUser user,
      boolean lobby,
      AccessibilityProfile profile) {
    JitsiSettings jitsi = settings.jitsi();
    Instant end = session.occurrences().endOf(occurrence);
    Instant expires = now.plus(jitsi.tokenLifetime());
    if (expires.isAfter(end)) {
      expires = end;
    }
    String jwt = null;
    if (jitsi.tokensEnabled()) {
      jwt =
          new JitsiTokens(jitsi)
              .issue(
                  session.roomName(),
                  user,
                  occurrence.minus(Occurrences.EARLY),
                  expires,
                  profile.captions() || user.moderator());
    }
    CallConfig config = CallConfig.of(profile, user.moderator());
    List<String> interpreters =
        store.invitations(session.id()).stream()
            .filter(i -> "PROFESSIONAL".equals(i.kind()))
            .map(InvitationRow::displayName)
            .toList();
    return new CallTicket(
        session.id(),
        session.classId(),
        session.title(),
        session.roomName(),
        jitsi.apiDomain(),
        jitsi.scriptUrl(),
        jwt,
        user.name(),
        user.moderator(),
        lobby,
        profile.captions(),
        config.configJson(),
        config.interfaceConfigJson(),
        interpreters,
        expires);
  }

  // --- Invitations (teachers) ---

  /** The parents of the class's pupils, who may be invited by their account. */
  @PreAuthorize("hasRole('TEACHER')")
  @Transactional(readOnly = true)
  public List<InvitableParent> invitableParents(long sessionId) {
    Caller caller = currentUser.require();
    SessionRow session = teacherSession(caller, sessionId);
    Members m = members.of(session.classId()).orElseThrow();
    Set<Long> parents = new TreeSet<>();
    m.pupilIds().forEach(p -> parents.addAll(people.guardiansOf(p)));
    return people.names(parents).stream().map(p -> new InvitableParent(p.id(), p.full())).toList();
  }

  /** Invites a parent of one of the class's pupils by their account. */
  @PreAuthorize("hasRole('TEACHER')")
  public void inviteParent(long sessionId, long parentId) {
    Caller caller = currentUser.require();
    SessionRow session = teacherSession(caller, sessionId);
    Members m = members.of(session.classId()).orElseThrow();
    boolean parentOfClass = people.childrenOf(parentId).stream().anyMatch(m.pupilIds()::contains);
    if (!parentOfClass) {
      throw refuse(caller, sessionId, "visio.refused.notAParentOfClass");
    }
    if (store.invitationOf(sessionId, parentId).isPresent()) {
      return;
    }
    String name =
        people.names(List.of(parentId)).stream().findFirst().map(PersonName::full).orElse("");
    store.insertInvitation(sessionId, parentId, "PARENT", name, null, caller.id(), clock.instant());
  }

  /**
   * Invites an outside professional (an interpreter, a therapist) by a single-use link; returns the
   * link's code, shown once: only its hash is kept.
   */
  @PreAuthorize("hasRole('TEACHER')")
  public String inviteByLink(long sessionId, String displayName) {
    Caller caller = currentUser.require();
    teacherSession(caller, sessionId);
    String name = displayName == null ? "" : displayName.strip();
    if (name.isEmpty() || name.length() > 120) {
      throw new IllegalArgumentException("visio.error.guestName");
    }
    String code = randomCode();
    store.insertInvitation(
        sessionId, null, "PROFESSIONAL", name, hash(code), caller.id(), clock.instant());
    return code;
  }

  @PreAuthorize("hasRole('TEACHER')")
  @Transactional(readOnly = true)
  public List<InvitationLine> invitations(long sessionId) {
    Caller caller = currentUser.require();
    teacherSession(caller, sessionId);
    return store.invitations(sessionId).stream()
        .map(
            i ->
                new InvitationLine(
                    i.id(), i.displayName(), i.kind(), i.linkHash() != null, i.linkUsed()))
        .toList();
  }

  // --- Attendance (teachers) ---

  /** Who was in the room and for how long, by name, from the deployment's presence events. */
  @PreAuthorize("hasRole('TEACHER')")
  @Transactional(readOnly = true)
  public List<AttendanceLine> attendance(long sessionId) {
    Caller caller = currentUser.require();
    teacherSession(caller, sessionId);
    Instant now = clock.instant();
    Map<String, List<PresenceRow>> byOccupant = new LinkedHashMap<>();
    for (PresenceRow row : store.presence(sessionId)) {
      byOccupant.computeIfAbsent(row.occupantId(), k -> new ArrayList<>()).add(row);
    }
    List<AttendanceLine> lines = new ArrayList<>();
    for (List<PresenceRow> stays : byOccupant.values()) {
      Duration total = Duration.ZERO;
      Instant first = stays.getFirst().joinedAt();
      Instant last = null;
      boolean open = false;
      for (PresenceRow stay : stays) {
        Instant left = stay.leftAt() == null ? now : stay.leftAt();
        open |= stay.leftAt() == null;
        if (left.isAfter(stay.joinedAt())) {
          total = total.plus(Duration.between(stay.joinedAt(), left));
        }
        if (stay.leftAt() != null && (last == null || stay.leftAt().isAfter(last))) {
          last = stay.leftAt();
        }
      }
      lines.add(
          new AttendanceLine(
              stays.getLast().displayName(), first, open ? null : last, total, stays.size()));
    }
    lines.sort(Comparator.comparing(AttendanceLine::name));
    return lines;
  }

  // --- Visiophone ---

  /**
   * The live topics the caller's home listens to: a teacher's classes (calls, live sessions), a
   * pupil's class and their own calls' answers.
   */
  @PreAuthorize("hasAnyRole('TEACHER', 'PUPIL')")
  public List<String> bellTopics() {
    Caller caller = currentUser.require();
    List<String> topics = new ArrayList<>();
    if (caller.has(Role.TEACHER)) {
      teacherClasses(caller).keySet().forEach(c -> topics.add(VisioSignals.classTopic(c)));
    }
    if (caller.has(Role.PUPIL)) {
      members.ofPupil(caller.id()).ifPresent(m -> topics.add(VisioSignals.classTopic(m.classId())));
      topics.add(VisioSignals.pupilTopic(caller.id()));
    }
    return topics;
  }

  /** A pupil calls their class: its teachers' screens ring. */
  @PreAuthorize("hasRole('PUPIL')")
  public ClassCall callMyClass() {
    Caller caller = currentUser.require();
    Members m =
        members.ofPupil(caller.id()).orElseThrow(() -> refuse(caller, 0, "visio.refused.noClass"));
    Instant now = clock.instant();
    long id = store.insertCall(m.classId(), caller.id(), now);
    live.publish(VisioSignals.classTopic(m.classId()), VisioSignals.CALLED, id);
    return new ClassCall(id, m.classId(), m.name(), caller.displayName(), "RINGING", now, null);
  }

  /** The state of the pupil's own call. */
  @PreAuthorize("hasRole('PUPIL')")
  @Transactional(readOnly = true)
  public ClassCall myCall(long callId) {
    Caller caller = currentUser.require();
    CallRow call =
        store
            .call(callId)
            .filter(c -> c.pupilId() == caller.id())
            .orElseThrow(() -> refuse(caller, 0, "visio.refused.notYourCall"));
    return classCall(call, caller.displayName());
  }

  /** The pupil hangs up before an answer. */
  @PreAuthorize("hasRole('PUPIL')")
  public void cancelMyCall(long callId) {
    Caller caller = currentUser.require();
    CallRow call =
        store
            .call(callId)
            .filter(c -> c.pupilId() == caller.id())
            .orElseThrow(() -> refuse(caller, 0, "visio.refused.notYourCall"));
    store.answerCall(call.id(), "CANCELLED", null, clock.instant(), null);
  }

  /** Calls ringing for the caller's classes. */
  @PreAuthorize("hasRole('TEACHER')")
  @Transactional(readOnly = true)
  public List<ClassCall> ringing() {
    Caller caller = currentUser.require();
    Map<Long, String> classes = teacherClasses(caller);
    List<CallRow> calls = store.ringingCalls(classes.keySet(), clock.instant().minus(RING_TIMEOUT));
    Map<Long, String> names = new LinkedHashMap<>();
    people
        .names(calls.stream().map(CallRow::pupilId).toList())
        .forEach(p -> names.put(p.id(), p.full()));
    return calls.stream().map(c -> classCall(c, names.getOrDefault(c.pupilId(), ""))).toList();
  }

  /**
   * A teacher of the class accepts (the class's live session, started now if none, which the pupil
   * then joins) or declines a ringing call. Returns the session to join when accepted.
   */
  @PreAuthorize("hasRole('TEACHER')")
  public Optional<Long> answer(long callId, boolean accept) {
    Caller caller = currentUser.require();
    CallRow call =
        store.call(callId).orElseThrow(() -> refuse(caller, 0, "visio.refused.notYourCall"));
    Members m = teacherClass(caller, call.classId());
    Instant now = clock.instant();
    Long sessionId = null;
    if (accept) {
      sessionId =
          store.sessionsOfClasses(List.of(m.classId())).stream()
              .filter(s -> s.occurrences().current(now).isPresent())
              .map(SessionRow::id)
              .findFirst()
              .orElse(null);
      if (sessionId == null) {
        sessionId = startNow(m.classId(), m.name());
      }
    }
    String state = accept ? "ACCEPTED" : "DECLINED";
    if (!store.answerCall(callId, state, caller.id(), now, sessionId)) {
      throw refuse(caller, 0, "visio.refused.callOver");
    }
    live.publish(VisioSignals.classTopic(call.classId()), VisioSignals.ANSWERED, callId);
    live.publish(
        VisioSignals.pupilTopic(call.pupilId()),
        accept ? VisioSignals.ANSWERED : VisioSignals.DECLINED,
        callId);
    return Optional.ofNullable(sessionId);
  }

  // --- Configuration ---

  /** Whether a Jitsi deployment with tokens is configured (else the public demo one). */
  @Transactional(readOnly = true)
  public boolean deploymentConfigured() {
    return settings.configured();
  }

  // --- Helpers ---

  private ClassCall classCall(CallRow call, String pupilName) {
    String className = members.of(call.classId()).map(Members::name).orElse("");
    return new ClassCall(
        call.id(),
        call.classId(),
        className,
        pupilName,
        call.state(),
        call.createdAt(),
        call.sessionId());
  }

  private List<SessionSummary> summaries(List<SessionRow> sessions, Map<Long, String> names) {
    Instant now = clock.instant();
    return sessions.stream()
        .map(s -> summary(s, names.getOrDefault(s.classId(), ""), now))
        .filter(s -> s.next() != null)
        .sorted(Comparator.comparing(SessionSummary::next))
        .toList();
  }

  private static SessionSummary summary(SessionRow s, String className, Instant now) {
    return new SessionSummary(
        s.id(),
        s.classId(),
        className,
        s.title(),
        s.occurrences().next(now).orElse(null),
        s.durationMinutes(),
        s.weekly(),
        s.occurrences().current(now).isPresent());
  }

  private Map<Long, String> teacherClasses(Caller caller) {
    Map<Long, String> classes = new LinkedHashMap<>();
    members.ofTeacher(caller.id()).forEach(m -> classes.put(m.classId(), m.name()));
    return classes;
  }

  private Members teacherClass(Caller caller, long classId) {
    return members
        .of(classId)
        .filter(m -> isTeacher(caller, m))
        .orElseThrow(() -> refuse(caller, 0, "visio.refused.notYourClass", "class:" + classId));
  }

  private SessionRow teacherSession(Caller caller, long sessionId) {
    SessionRow session = sessionOrRefuse(caller, sessionId);
    if (!isTeacher(caller, classOf(caller, session))) {
      throw refuse(caller, sessionId, "visio.refused.notYourClass");
    }
    return session;
  }

  private SessionRow sessionOrRefuse(Caller caller, long sessionId) {
    return store
        .session(sessionId)
        .orElseThrow(() -> refuse(caller, sessionId, "visio.refused.unknown"));
  }

  private Members classOf(Caller caller, SessionRow session) {
    return members
        .of(session.classId())
        .orElseThrow(() -> refuse(caller, session.id(), "visio.refused.unknown"));
  }

  private Optional<InvitationRow> invitation(Caller caller, SessionRow session) {
    return store.invitationOf(session.id(), caller.id());
  }

  private static boolean isTeacher(Caller caller, Members m) {
    return caller.has(Role.TEACHER) && m.teacherIds().contains(caller.id());
  }

  private static boolean isPupil(Caller caller, Members m) {
    return caller.has(Role.PUPIL) && m.pupilIds().contains(caller.id());
  }

  private VisioRefusedException refuse(Caller caller, long sessionId, String key) {
    return refuse(caller, sessionId, key, "visio:" + sessionId);
  }

  private VisioRefusedException refuse(Caller caller, long sessionId, String key, String target) {
    audit.record(AuditKind.VISIO_TOKEN_REFUSED, caller.username(), null, target, key);
    return new VisioRefusedException(key, "Visio refused for " + caller.username() + ": " + key);
  }

  private VisioRefusedException refuseGuest(String key, String target) {
    audit.record(AuditKind.VISIO_TOKEN_REFUSED, "invitation-link", null, target, key);
    return new VisioRefusedException(key, "Visio refused for a guest link: " + key);
  }

  private static String randomCode() {
    byte[] bytes = new byte[20];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  static String hash(@Nullable String code) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((code == null ? "" : code).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
