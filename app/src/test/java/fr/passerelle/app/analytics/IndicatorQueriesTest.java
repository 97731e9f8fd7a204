package fr.passerelle.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.PasserelleTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every feature's indicator query runs on the database of the run, on the demo data: the snapshot
 * would otherwise only log the failure and show "no data" (on H2, the README's run).
 */
@PasserelleTest
@BothDatabases
class IndicatorQueriesTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void everyIndicatorQueryRunsAndAnswersOneRowPerSchool() {
    List<Indicator> indicators =
        IndicatorSources.all().stream().flatMap(s -> s.indicators().stream()).toList();
    assertThat(indicators).hasSizeGreaterThan(20);
    for (Indicator indicator : indicators) {
      assertThatCode(
              () ->
                  jdbc.query(
                      indicator.query(),
                      rs -> {
                        rs.getLong(1);
                        rs.getDouble(2);
                        rs.getDouble(3);
                      }))
          .as(indicator.key())
          .doesNotThrowAnyException();
    }
    // The demo data gives the pupils indicator a row for each of the 12 schools.
    Indicator pupils =
        indicators.stream().filter(i -> i.key().equals("pupils")).findFirst().orElseThrow();
    assertThat(jdbc.queryForList(pupils.query())).hasSize(12);
  }
}
