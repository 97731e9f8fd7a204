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
  /** A visio token was refused: outside the class, not invited, not live. */
  VISIO_TOKEN_REFUSED,
  /** A call to the Jitsi hooks without the shared secret. */
  VISIO_HOOK_REFUSED
}
