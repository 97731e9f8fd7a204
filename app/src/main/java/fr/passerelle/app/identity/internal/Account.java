package fr.passerelle.app.identity.internal;

import fr.passerelle.app.identity.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "account")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  private boolean enabled;

  @Column(name = "school_id")
  private @Nullable Long schoolId;

  @Column(name = "commune_id")
  private @Nullable Long communeId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  private Set<Role> roles = new HashSet<>();

  protected Account() {}

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public @Nullable Long getSchoolId() {
    return schoolId;
  }

  public @Nullable Long getCommuneId() {
    return communeId;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }

  /** Disables or enables the account: a disabled account's sessions end at their next request. */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** Gives the account a role; whether it changed anything. */
  public boolean grant(Role role) {
    return roles.add(role);
  }

  /** Takes a role from the account; whether it changed anything. */
  public boolean revoke(Role role) {
    return roles.remove(role);
  }
}
