package fr.passerelle.app.identity;

import java.util.Collection;
import java.util.Comparator;

/**
 * What a person does in Passerelle. An account may hold several roles (a TICE referent is also a
 * teacher); the home view is the one of the role listed first here.
 */
public enum Role {
  ADMIN("administration"),
  TECHNICIAN("technicien"),
  TOWN_HALL("mairie"),
  DIRECTOR("direction"),
  TICE_REFERENT("referent"),
  TEACHER("enseignant"),
  PARENT("parent"),
  PUPIL("eleve");

  private final String homeRoute;

  Role(String homeRoute) {
    this.homeRoute = homeRoute;
  }

  /** The route of this role's home view. */
  public String homeRoute() {
    return homeRoute;
  }

  /** The Spring Security authority of this role. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** The role whose home a person with these roles lands on. */
  public static Role primary(Collection<Role> roles) {
    return roles.stream()
        .min(Comparator.naturalOrder())
        .orElseThrow(() -> new IllegalArgumentException("An account without a role"));
  }
}
