package fr.passerelle.app.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The person making the current request, with what their scope is built from. */
public record Caller(
    long id,
    String username,
    String firstName,
    String lastName,
    Set<Role> roles,
    @Nullable Long schoolId,
    @Nullable Long communeId) {

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public String displayName() {
    return firstName + " " + lastName;
  }

  public Role primaryRole() {
    return Role.primary(roles);
  }
}
