package fr.passerelle.app.identity.internal;

import fr.passerelle.app.identity.Role;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Roles, schools and usernames of accounts, by id. */
@Repository
public class DirectoryStore {

  private static final String STAFF = "('TEACHER', 'DIRECTOR', 'TICE_REFERENT')";

  private final JdbcClient jdbc;

  DirectoryStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The roles of an enabled account; empty for an unknown or disabled one. */
  public Set<Role> rolesOf(long accountId) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    jdbc.sql(
            "select r.role from account_role r join account a on a.id = r.account_id"
                + " where a.id = ? and a.enabled")
        .param(accountId)
        .query(String.class)
        .list()
        .forEach(r -> roles.add(Role.valueOf(r)));
    return roles;
  }

  public Optional<Long> schoolOf(long accountId) {
    return jdbc.sql("select school_id from account where id = ? and school_id is not null")
        .param(accountId)
        .query(Long.class)
        .optional();
  }

  public Optional<String> username(long accountId) {
    return jdbc.sql("select username from account where id = ?")
        .param(accountId)
        .query(String.class)
        .optional();
  }

  /** Enabled teachers, TICE referents and directors attached to a school. */
  public Set<Long> staffOf(long schoolId) {
    return ids(
        "select distinct a.id from account a join account_role r on r.account_id = a.id"
            + " where a.enabled and a.school_id = ? and r.role in "
            + STAFF,
        schoolId);
  }

  /** The enabled directors of a school. */
  public Set<Long> directorsOf(long schoolId) {
    return ids(
        "select a.id from account a join account_role r on r.account_id = a.id"
            + " where a.enabled and a.school_id = ? and r.role = 'DIRECTOR'",
        schoolId);
  }

  /** Every enabled account holding a role. */
  public Set<Long> withRole(Role role) {
    return new HashSet<>(
        jdbc.sql(
                "select a.id from account a join account_role r on r.account_id = a.id"
                    + " where a.enabled and r.role = ?")
            .param(role.name())
            .query(Long.class)
            .list());
  }

  private Set<Long> ids(String sql, long param) {
    return new HashSet<>(jdbc.sql(sql).param(param).query(Long.class).list());
  }
}
