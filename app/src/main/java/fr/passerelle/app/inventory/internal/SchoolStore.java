package fr.passerelle.app.inventory.internal;

import fr.passerelle.app.inventory.CommuneChoice;
import fr.passerelle.app.inventory.SchoolChoice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The territory's schools and communes as the inventory's pickers and imports read them. */
@Component
public class SchoolStore {

  private static final String SCHOOLS =
      "select s.id, s.uai, s.name, c.id as commune_id, c.name as commune_name from school s"
          + " join commune c on c.id = s.commune_id";

  private final JdbcClient jdbc;

  SchoolStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every school, by name. */
  public List<SchoolChoice> schools() {
    return jdbc.sql(SCHOOLS + " order by s.name").query(SchoolStore::school).list();
  }

  public Optional<SchoolChoice> school(long id) {
    return jdbc.sql(SCHOOLS + " where s.id = ?").param(id).query(SchoolStore::school).optional();
  }

  /** Every commune, by name. */
  public List<CommuneChoice> communes() {
    return jdbc.sql("select id, name from commune order by name")
        .query((rs, n) -> new CommuneChoice(rs.getLong("id"), rs.getString("name")))
        .list();
  }

  private static SchoolChoice school(ResultSet rs, int n) throws SQLException {
    return new SchoolChoice(
        rs.getLong("id"),
        rs.getString("uai"),
        rs.getString("name"),
        rs.getLong("commune_id"),
        rs.getString("commune_name"));
  }
}
