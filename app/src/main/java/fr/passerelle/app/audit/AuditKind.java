package fr.passerelle.app.audit;

/** What happened, for the security audit log. */
public enum AuditKind {
  LOGIN_SUCCESS,
  LOGIN_FAILURE,
  LOGIN_THROTTLED,
  LOCKOUT,
  LOGOUT,
  ACCESS_DENIED,
  SENSITIVE_READ,
  PROFILE_CHANGED,
  EASY_READ_VALIDATED,
  EASY_READ_REJECTED,
  CHAT_HIDDEN,
  CHAT_RELEASED,
  CHAT_HELD,
  CHAT_REPORTED,
  CHAT_MUTED,
  CHAT_ROOM_CLOSED,
  CHAT_ROOM_REOPENED,
  CHAT_ROOM_SETTINGS,
  CHAT_SUSPENDED,
  CHAT_RESUMED,
  CHAT_PURGED,
  FILTER_LISTS_IMPORTED,
  FILTER_LOCAL_LIST,
  FILTER_POLICY_CHANGED,
  FILTER_UNBLOCK_REQUESTED,
  FILTER_UNBLOCK_APPROVED,
  FILTER_UNBLOCK_REFUSED,
  FILTER_UNBLOCK_REVOKED,
  /** A visio token was refused: outside the class, not invited, not live. */
  VISIO_TOKEN_REFUSED,
  /** A call to the Jitsi hooks without the shared secret. */
  VISIO_HOOK_REFUSED,
  /** A teacher validated a pupil's level in a digital competence. */
  SKILL_VALIDATED,
  /** A director restricted a parent's link to a child (the parent no longer sees the child). */
  GUARDIAN_RESTRICTED,
  /** A director lifted such a restriction. */
  GUARDIAN_UNRESTRICTED,
  /** The administrator gave or removed a role, or disabled or enabled an account. */
  ACCOUNT_CHANGED,
  /** A session was ended because its account was disabled since the login. */
  SESSION_ENDED
}
