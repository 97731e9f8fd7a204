package fr.passerelle.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Who sees which figures, on PostgreSQL and H2 with the demo data; refusals are audited. */
@PasserelleTest
@BothDatabases
class AnalyticsScopeTest {

  static final String FERRY = "0420101A";
  static final String LAMARTINE = "0420105E";

  @Autowired AnalyticsService analytics;
  @Autowired JdbcClient jdbc;
  DemoAccounts demo;

  @BeforeEach
  void setUp() {
    demo = new DemoAccounts(jdbc);
  }

  @Test
  @WithUserDetails("admin")
  void administratorsSeeEveryCommuneAndAnySchool() {
    assertThat(analytics.start()).isEqualTo(new AnalyticsService.Start.Territory());
    assertThat(analytics.communes("pupils")).hasSize(8);
    assertThat(analytics.communes("pupils").stream().mapToDouble(f -> f.figure().value()).sum())
        .isEqualTo(189);
    assertThat(analytics.school(demo.school(LAMARTINE)).comparisons()).isNotEmpty();
  }

  @Test
  @WithUserDetails("admin")
  void anAdministratorsRefreshIsSavedForEveryNode() {
    analytics.refresh();
    Instant saved =
        jdbc.sql("select computed_at from analytics_snapshot where id = 1")
            .query((rs, n) -> rs.getTimestamp(1).toInstant())
            .single();
    assertThat(analytics.computedAt()).isEqualTo(saved);
    assertThat(
            jdbc.sql("select sum(numerator) from analytics_measure where indicator_key = 'pupils'")
                .query(Double.class)
                .single())
        .isEqualTo(189);
  }

  @Test
  @WithUserDetails("mairie.saint-etienne")
  void onlyAdministratorsRefresh() {
    assertThatThrownBy(() -> analytics.refresh()).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @WithUserDetails("mairie.saint-etienne")
  void townHallStaffSeeTheirCommuneAndItsSchoolsOnly() {
    long saintEtienne = demo.commune("Saint-Étienne");
    long saintChamond = demo.commune("Saint-Chamond");
    assertThat(analytics.start()).isEqualTo(new AnalyticsService.Start.Commune(saintEtienne));
    assertThat(analytics.commune(saintEtienne).place().name()).isEqualTo("Saint-Étienne");
    assertThat(analytics.schools(saintEtienne, "pupils")).isNotEmpty();
    assertThat(analytics.school(demo.school(FERRY)).place().id()).isEqualTo(demo.school(FERRY));

    long before =
        demo.auditCount(
            "ACCESS_DENIED", "mairie.saint-etienne", "analytics commune " + saintChamond);
    assertThatThrownBy(() -> analytics.commune(saintChamond))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> analytics.schools(saintChamond, "pupils"))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(
            demo.auditCount(
                "ACCESS_DENIED", "mairie.saint-etienne", "analytics commune " + saintChamond))
        .isEqualTo(before + 2);
    // The whole territory's table is the administrators'.
    assertThatThrownBy(() -> analytics.communes("pupils"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @WithUserDetails("directrice.ferry")
  void directorsSeeTheirSchoolOnly() {
    long ferry = demo.school(FERRY);
    assertThat(analytics.start()).isEqualTo(new AnalyticsService.Start.School(ferry));
    assertThat(analytics.school(ferry).comparisons())
        .extracting(c -> c.indicator().key())
        .contains("pupils", "pupilsWithNeeds");
    assertThatThrownBy(() -> analytics.school(demo.school(LAMARTINE)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> analytics.commune(demo.commune("Saint-Étienne")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @WithUserDetails("enseignante.ferry")
  void teachersParentsAndPupilsHaveNoAnalytics() {
    assertThatThrownBy(() -> analytics.indicators()).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> analytics.school(demo.school(FERRY)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @WithUserDetails("parent.martin")
  void parentsHaveNoAnalytics() {
    assertThatThrownBy(() -> analytics.start()).isInstanceOf(AccessDeniedException.class);
  }
}
