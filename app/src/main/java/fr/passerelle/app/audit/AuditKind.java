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
  EASY_READ_REJECTED
}
