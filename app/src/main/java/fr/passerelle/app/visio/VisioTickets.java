package fr.passerelle.app.visio;

import fr.passerelle.accessibility.profile.AccessibilityProfile;
import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.platform.NoCallerCheck;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.profile.ProfileService;
import fr.passerelle.app.territory.Scope;
import fr.passerelle.app.visio.internal.InvitationRow;
import fr.passerelle.app.visio.internal.Occurrences;
import fr.passerelle.app.visio.internal.SessionRow;
import fr.passerelle.app.visio.internal.VisioSettings;
import fr.passerelle.app.visio.internal.VisioStore;
import fr.passerelle.media.visio.CallConfig;
import fr.passerelle.media.visio.JitsiSettings;
import fr.passerelle.media.visio.JitsiTokens;
import fr.passerelle.media.visio.JitsiUser;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets to a session's call: the token, room and call configuration (from the person's
 * accessibility profile). A teacher of the class moderates; a pupil of the class joins while the
 * session is live; a parent or a professional only when invited, and then through the lobby.
 * Whoever may not join gets no token, a translated reason and a {@code VISIO_TOKEN_REFUSED} audit
 * entry (the token's own refusal kind, which the deployment's operators follow).
 */
@Service
@Transactional
public class VisioTickets {

  private final VisioStore store;
  private final Scope scope;
  private final ProfileService profiles;
  private final AuditLog audit;
  private final VisioSettings settings;
  private final SchoolTime time;

  VisioTickets(
      VisioStore store,
      Scope scope,
      ProfileService profiles,
      AuditLog audit,
      VisioSettings settings,
      SchoolTime time) {
    this.store = store;
    this.scope = scope;
    this.profiles = profiles;
    this.audit = audit;
    this.settings = settings;
    this.time = time;
  }

  /**
   * The caller's ticket to a session's call: token, room and configuration from their profile.
   * Refused (no token, audited) outside the class, without an invitation, or when not live.
   */
  @PreAuthorize("isAuthenticated()")
  public CallTicket join(long sessionId) {
    Caller caller = scope.caller();
    SessionRow session =
        store
            .session(sessionId)
            .orElseThrow(() -> refused(caller, sessionId, "visio.refused.unknown"));
    boolean teacher = scope.teaches(caller, session.classId());
    boolean pupil = scope.isPupilIn(caller, session.classId());
    boolean invited = store.invitationOf(sessionId, caller.id()).isPresent();
    if (!teacher && !pupil && !invited) {
      throw refused(
          caller,
          sessionId,
          caller.has(Role.PARENT) ? "visio.refused.notInvited" : "visio.refused.notYourClass");
    }
    Instant now = time.now();
    Instant occurrence =
        occurrences(session)
            .current(now)
            .orElseThrow(() -> refused(caller, sessionId, "visio.refused.notLive"));
    JitsiUser user = new JitsiUser(String.valueOf(caller.id()), caller.displayName(), "", teacher);
    boolean lobby = !teacher && !pupil && session.lobby();
    return ticket(session, occurrence, now, user, lobby, profiles.mine());
  }

  /**
   * A guest's ticket from a single-use invitation link: the link works once, while the session is
   * live (opening it before leaves it unused); the guest always waits in the lobby.
   */
  @NoCallerCheck("a guest has no account: the single-use link is the check, refusals are audited")
  public CallTicket redeemLink(String code) {
    InvitationRow invitation =
        store
            .invitationByLink(LinkCodes.hash(code))
            .orElseThrow(() -> refusedGuest("visio.refused.badLink", "link"));
    if (invitation.linkUsed()) {
      throw refusedGuest("visio.refused.linkUsed", "invitation:" + invitation.id());
    }
    SessionRow session =
        store
            .session(invitation.sessionId())
            .orElseThrow(() -> refusedGuest("visio.refused.badLink", "link"));
    Instant now = time.now();
    Instant occurrence =
        occurrences(session)
            .current(now)
            .orElseThrow(
                () -> refusedGuest("visio.refused.notLive", "invitation:" + invitation.id()));
    if (!store.useLink(invitation.id(), now)) {
      throw refusedGuest("visio.refused.linkUsed", "invitation:" + invitation.id());
    }
    JitsiUser user =
        new JitsiUser("invitation-" + invitation.id(), invitation.displayName(), "", false);
    return ticket(session, occurrence, now, user, true, AccessibilityProfile.defaults());
  }

  /** Whether a Jitsi deployment with tokens is configured (else the public demo one). */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public boolean deploymentConfigured() {
    return settings.configured();
  }

  private CallTicket ticket(
      SessionRow session,
      Instant occurrence,
      Instant now,
      JitsiUser user,
      boolean lobby,
      AccessibilityProfile profile) {
    JitsiSettings jitsi = settings.jitsi();
    Instant end = occurrences(session).endOf(occurrence);
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

  private Occurrences occurrences(SessionRow session) {
    return session.occurrences(time.zone());
  }

  /** No token for this caller: audited as a visio token refusal, told with a translated reason. */
  private VisioRefusedException refused(Caller caller, long sessionId, String key) {
    audit.record(AuditKind.VISIO_TOKEN_REFUSED, caller.username(), null, "visio:" + sessionId, key);
    return new VisioRefusedException(key, "Visio refused for " + caller.username() + ": " + key);
  }

  private VisioRefusedException refusedGuest(String key, String target) {
    audit.record(AuditKind.VISIO_TOKEN_REFUSED, "invitation-link", null, target, key);
    return new VisioRefusedException(key, "Visio refused for a guest link: " + key);
  }
}
