package fr.passerelle.app.filtering.internal;

import fr.passerelle.app.filtering.ExceptionRequest;
import fr.passerelle.app.filtering.ListChange;
import fr.passerelle.app.filtering.ListVersion;
import fr.passerelle.app.filtering.LocalEntry;
import fr.passerelle.app.filtering.PolicyScope;
import fr.passerelle.app.filtering.RuleLine;
import fr.passerelle.app.filtering.SkippedLine;
import fr.passerelle.filtering.Action;
import fr.passerelle.filtering.ListProblem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The filtering tables, in plain SQL. Callers check scope before. */
@Component
public class FilteringStore {

  private final JdbcClient jdbc;

  FilteringStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // Lists

  public long addVersion(
      Instant at,
      String by,
      String source,
      int categories,
      int domains,
      int urls,
      int expressions,
      int skipped) {
    jdbc.sql(
            "insert into filtering_list_version (imported_at, imported_by, source, categories,"
                + " domains, urls, expressions, skipped) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            Timestamp.from(at),
            by,
            cut(source, 300),
            categories,
            domains,
            urls,
            expressions,
            skipped)
        .update();
    return jdbc.sql("select max(id) from filtering_list_version").query(Long.class).single();
  }

  public void addChange(long version, ListChange c) {
    jdbc.sql(
            "insert into filtering_list_change (version_id, category, added, removed,"
                + " examples_added, examples_removed) values (?, ?, ?, ?, ?, ?)")
        .params(
            version,
            c.category(),
            c.added(),
            c.removed(),
            cut(c.examplesAdded(), 1000),
            cut(c.examplesRemoved(), 1000))
        .update();
  }

  public void addProblem(long version, int position, ListProblem p) {
    jdbc.sql(
            "insert into filtering_list_problem (version_id, position, source, line_no, content,"
                + " reason) values (?, ?, ?, ?, ?, ?)")
        .params(version, position, cut(p.source(), 300), p.line(), cut(p.text(), 200), p.reason())
        .update();
  }

  public List<ListVersion> versions(int offset, int limit) {
    return jdbc.sql(
            "select * from filtering_list_version order by id desc offset ? rows fetch next ? rows"
                + " only")
        .params(offset, limit)
        .query(FilteringStore::version)
        .list();
  }

  public long versionCount() {
    return jdbc.sql("select count(*) from filtering_list_version").query(Long.class).single();
  }

  public Optional<ListVersion> latestVersion() {
    return versions(0, 1).stream().findFirst();
  }

  public List<ListChange> changes(long version) {
    return jdbc.sql("select * from filtering_list_change where version_id = ? order by category")
        .param(version)
        .query(
            (rs, n) ->
                new ListChange(
                    rs.getString("category"),
                    rs.getInt("added"),
                    rs.getInt("removed"),
                    nz(rs.getString("examples_added")),
                    nz(rs.getString("examples_removed"))))
        .list();
  }

  public List<SkippedLine> problems(long version) {
    return jdbc.sql("select * from filtering_list_problem where version_id = ? order by position")
        .param(version)
        .query(
            (rs, n) ->
                new SkippedLine(
                    rs.getString("source"),
                    rs.getInt("line_no"),
                    rs.getString("content"),
                    rs.getString("reason")))
        .list();
  }

  private static ListVersion version(ResultSet rs, int n) throws SQLException {
    return new ListVersion(
        rs.getLong("id"),
        rs.getTimestamp("imported_at").toInstant(),
        rs.getString("imported_by"),
        rs.getString("source"),
        rs.getInt("categories"),
        rs.getInt("domains"),
        rs.getInt("urls"),
        rs.getInt("expressions"),
        rs.getInt("skipped"));
  }

  // Local lists

  public List<LocalEntry> localEntries() {
    return jdbc.sql("select * from filtering_local_entry order by list, entry")
        .query(
            (rs, n) ->
                new LocalEntry(
                    rs.getLong("id"),
                    rs.getString("list"),
                    rs.getString("kind"),
                    rs.getString("entry")))
        .list();
  }

  public boolean addLocal(String list, String kind, String entry, String by, Instant at) {
    Long existing =
        jdbc.sql(
                "select count(*) from filtering_local_entry where list = ? and kind = ? and entry = ?")
            .params(list, kind, entry)
            .query(Long.class)
            .single();
    if (existing > 0) {
      return false;
    }
    jdbc.sql(
            "insert into filtering_local_entry (list, kind, entry, added_by, added_at) values (?,"
                + " ?, ?, ?, ?)")
        .params(list, kind, entry, by, Timestamp.from(at))
        .update();
    return true;
  }

  public Optional<LocalEntry> removeLocal(long id) {
    Optional<LocalEntry> entry = localEntries().stream().filter(e -> e.id() == id).findFirst();
    jdbc.sql("delete from filtering_local_entry where id = ?").param(id).update();
    return entry;
  }

  // Policies

  /** Id of the policy of a level, if it has one. */
  public Optional<Long> policyId(PolicyScope scope) {
    return switch (scope.kind()) {
      case TERRITORY ->
          jdbc.sql("select id from filtering_policy where scope = 'TERRITORY'")
              .query(Long.class)
              .optional();
      case SCHOOL ->
          jdbc.sql("select id from filtering_policy where scope = 'SCHOOL' and school_id = ?")
              .param(scope.schoolId())
              .query(Long.class)
              .optional();
      case CLASS ->
          jdbc.sql("select id from filtering_policy where scope = 'CLASS' and class_id = ?")
              .param(scope.classId())
              .query(Long.class)
              .optional();
    };
  }

  public @Nullable Boolean whitelistOnly(long policyId) {
    return jdbc.sql("select whitelist_only from filtering_policy where id = ?")
        .param(policyId)
        .query((rs, n) -> (Boolean) rs.getObject(1))
        .optional()
        .orElse(null);
  }

  /** Whether a whitelist-only level takes the allow rules of the levels above it. */
  public boolean inheritAllows(long policyId) {
    return jdbc.sql("select inherit_allows from filtering_policy where id = ?")
        .param(policyId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  public List<RuleLine> rules(long policyId) {
    return jdbc.sql("select * from filtering_rule where policy_id = ? order by position")
        .param(policyId)
        .query(
            (rs, n) ->
                new RuleLine(
                    Action.valueOf(rs.getString("action")),
                    rs.getString("category"),
                    rs.getString("time_window"),
                    rs.getBoolean("locked")))
        .list();
  }

  /** Replaces the policy of a level (created if missing). */
  public void savePolicy(
      PolicyScope scope,
      @Nullable Boolean whitelistOnly,
      boolean inheritAllows,
      List<RuleLine> rules) {
    long id =
        policyId(scope)
            .orElseGet(
                () -> {
                  jdbc.sql(
                          "insert into filtering_policy (scope, school_id, class_id) values (?, ?,"
                              + " ?)")
                      .params(scope.kind().name(), scope.schoolId(), scope.classId())
                      .update();
                  return policyId(scope).orElseThrow();
                });
    jdbc.sql("update filtering_policy set whitelist_only = ?, inherit_allows = ? where id = ?")
        .params(whitelistOnly, inheritAllows, id)
        .update();
    jdbc.sql("delete from filtering_rule where policy_id = ?").param(id).update();
    int position = 1;
    for (RuleLine r : rules) {
      jdbc.sql(
              "insert into filtering_rule (policy_id, position, action, category, time_window,"
                  + " locked) values (?, ?, ?, ?, ?, ?)")
          .params(id, position++, r.action().name(), r.category(), r.window(), r.locked())
          .update();
    }
  }

  /** Every policy row: id, scope, school, class, whitelist-only and whether it inherits allows. */
  public List<PolicyRow> policies() {
    return jdbc.sql("select * from filtering_policy order by id")
        .query(
            (rs, n) ->
                new PolicyRow(
                    rs.getLong("id"),
                    PolicyScope.Kind.valueOf(rs.getString("scope")),
                    (Long) rs.getObject("school_id", Long.class),
                    (Long) rs.getObject("class_id", Long.class),
                    (Boolean) rs.getObject("whitelist_only"),
                    rs.getBoolean("inherit_allows")))
        .list();
  }

  /** A stored policy. */
  public record PolicyRow(
      long id,
      PolicyScope.Kind kind,
      @Nullable Long schoolId,
      @Nullable Long classId,
      @Nullable Boolean whitelistOnly,
      boolean inheritAllows) {}

  // Networks

  public List<String[]> networks() {
    return jdbc.sql("select school_id, cidr from filtering_network order by cidr")
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
        .list();
  }

  public void addNetwork(long schoolId, String cidr) {
    jdbc.sql("insert into filtering_network (school_id, cidr) values (?, ?)")
        .params(schoolId, cidr)
        .update();
  }

  // Exceptions

  public long addException(
      long classId, long schoolId, String domain, String reason, String by, Instant at) {
    jdbc.sql(
            "insert into filtering_exception (class_id, school_id, domain, reason, requested_by,"
                + " requested_at, status) values (?, ?, ?, ?, ?, ?, 'REQUESTED')")
        .params(classId, schoolId, domain, cut(reason, 500), by, Timestamp.from(at))
        .update();
    return jdbc.sql("select max(id) from filtering_exception where requested_by = ?")
        .param(by)
        .query(Long.class)
        .single();
  }

  public Optional<ExceptionRequest> exception(long id) {
    return jdbc.sql("select * from filtering_exception where id = ?")
        .param(id)
        .query(FilteringStore::exception)
        .optional();
  }

  /** Requests of some schools (null: all), newest first; optionally only one status. */
  public List<ExceptionRequest> exceptions(
      @Nullable List<Long> schools, @Nullable List<Long> classes, int offset, int limit) {
    StringBuilder sql = new StringBuilder("select * from filtering_exception where 1 = 1");
    List<Object> params = new java.util.ArrayList<>();
    if (schools != null) {
      sql.append(" and school_id in (").append(in(schools, params)).append(")");
    }
    if (classes != null) {
      sql.append(" and class_id in (").append(in(classes, params)).append(")");
    }
    sql.append(
        " order by case status when 'REQUESTED' then 0 else 1 end, id desc offset ? rows fetch"
            + " next ? rows only");
    params.add(offset);
    params.add(limit);
    return jdbc.sql(sql.toString()).params(params).query(FilteringStore::exception).list();
  }

  public void decide(
      long id,
      ExceptionRequest.Status status,
      String by,
      Instant at,
      @Nullable Instant expires,
      @Nullable String note) {
    jdbc.sql(
            "update filtering_exception set status = ?, decided_by = ?, decided_at = ?,"
                + " expires_at = ?, note = ? where id = ?")
        .params(
            status.name(),
            by,
            Timestamp.from(at),
            expires == null ? null : Timestamp.from(expires),
            note == null ? null : cut(note, 500),
            id)
        .update();
  }

  public List<ExceptionRequest> approvedUntilAfter(Instant now) {
    return jdbc.sql(
            "select * from filtering_exception where status = 'APPROVED' and expires_at > ?")
        .param(Timestamp.from(now))
        .query(FilteringStore::exception)
        .list();
  }

  private static String in(List<Long> ids, List<Object> params) {
    if (ids.isEmpty()) {
      return "null";
    }
    params.addAll(ids);
    return String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
  }

  private static ExceptionRequest exception(ResultSet rs, int n) throws SQLException {
    Timestamp decided = rs.getTimestamp("decided_at");
    Timestamp expires = rs.getTimestamp("expires_at");
    return new ExceptionRequest(
        rs.getLong("id"),
        rs.getLong("class_id"),
        rs.getLong("school_id"),
        rs.getString("domain"),
        rs.getString("reason"),
        rs.getString("requested_by"),
        rs.getTimestamp("requested_at").toInstant(),
        ExceptionRequest.Status.valueOf(rs.getString("status")),
        rs.getString("decided_by"),
        decided == null ? null : decided.toInstant(),
        expires == null ? null : expires.toInstant(),
        rs.getString("note"));
  }

  private static String nz(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static @Nullable String cut(@Nullable String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
