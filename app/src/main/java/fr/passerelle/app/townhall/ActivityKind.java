package fr.passerelle.app.townhall;

/** An after-school activity (sport, music…) or the after-school care (garderie). */
public enum ActivityKind {
  ACTIVITY,
  CARE;

  public String key() {
    return "townhall.activity.kind." + name();
  }
}
