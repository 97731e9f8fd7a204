package fr.passerelle.app.visio;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.territory.ClassMembers.Members;
import fr.passerelle.app.visio.internal.SessionRow;
import fr.passerelle.app.visio.internal.VisioStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to a session: a teacher of the class invites the parents of its pupils by their
 * account, and outside professionals (an interpreter, a therapist) by a single-use link; a parent
 * sees the sessions they are invited to. Invited people wait in the lobby ({@link VisioTickets}).
 */
@Service
@Transactional
public class VisioInvitations {

  /** The longest guest name. */
  public static final int MAX_NAME = 120;

  private final VisioStore store;
  private final SessionLookup lookup;
  private final People people;
  private final SchoolTime time;

  VisioInvitations(VisioStore store, SessionLookup lookup, People people, SchoolTime time) {
    this.store = store;
    this.lookup = lookup;
    this.people = people;
    this.time = time;
  }

  /** The parents of the class's pupils, who may be invited by their account. */
  @PreAuthorize("hasRole('TEACHER')")
  @Transactional(readOnly = true)
  public List<InvitableParent> invitableParents(long sessionId) {
    Caller caller = lookup.caller();
    SessionRow session = lookup.taughtSession(caller, sessionId);
    Members m = lookup.classOf(caller, session);
    Set<Long> parents = new TreeSet<>();
    m.pupilIds().forEach(p -> parents.addAll(people.guardiansOf(p)));
    return people.names(parents).stream().map(p -> new InvitableParent(p.id(), p.full())).toList();
  }

  /** Invites a parent of one of the class's pupils by their account. */
  @PreAuthorize("hasRole('TEACHER')")
  public void inviteParent(long sessionId, long parentId) {
    Caller caller = lookup.caller();
    SessionRow session = lookup.taughtSession(caller, sessionId);
    Members m = lookup.classOf(caller, session);
    boolean parentOfClass = people.childrenOf(parentId).stream().anyMatch(m.pupilIds()::contains);
    if (!parentOfClass) {
      throw lookup.refused(caller, "visio.refused.notAParentOfClass", "visio:" + sessionId);
    }
    if (store.invitationOf(sessionId, parentId).isPresent()) {
      return;
    }
    String name =
        people.names(List.of(parentId)).stream().findFirst().map(PersonName::full).orElse("");
    store.insertInvitation(sessionId, parentId, "PARENT", name, null, caller.id(), time.now());
  }

  /**
   * Invites an outside professional (an interpreter, a therapist) by a single-use link; returns the
   * link's code, shown once: only its hash is kept.
   */
  @PreAuthorize("hasRole('TEACHER')")
  public String inviteByLink(long sessionId, String displayName) {
    Caller caller = lookup.caller();
    lookup.taughtSession(caller, sessionId);
    String name = displayName == null ? "" : displayName.strip();
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw new IllegalArgumentException("visio.error.guestName");
    }
    String code = LinkCodes.newCode();
    store.insertInvitation(
        sessionId, null, "PROFESSIONAL", name, LinkCodes.hash(code), caller.id(), time.now());
    return code;
  }

  /** A session's invitations, for a teacher of its class. */
  @PreAuthorize("hasRole('TEACHER')")
  @Transactional(readOnly = true)
  public List<InvitationLine> invitations(long sessionId) {
    lookup.taughtSession(lookup.caller(), sessionId);
    return store.invitations(sessionId).stream()
        .map(
            i ->
                new InvitationLine(
                    i.id(), i.displayName(), i.kind(), i.linkHash() != null, i.linkUsed()))
        .toList();
  }

  /** The current and coming sessions the caller is invited to (a parent). */
  @PreAuthorize("hasRole('PARENT')")
  @Transactional(readOnly = true)
  public List<SessionSummary> myInvitations() {
    Caller caller = lookup.caller();
    Map<Long, String> names = new LinkedHashMap<>();
    List<SessionRow> sessions = store.sessionsInvitingAccount(caller.id());
    for (SessionRow s : sessions) {
      names.computeIfAbsent(s.classId(), lookup::className);
    }
    return lookup.summaries(sessions, names);
  }
}
