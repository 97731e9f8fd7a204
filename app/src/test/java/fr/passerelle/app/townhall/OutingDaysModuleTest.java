package fr.passerelle.app.townhall;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.ModuleTest;
import fr.passerelle.app.ModuleTestData;
import fr.passerelle.app.outings.OutingAnnounced;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

/** The outings → canteen flow: an announced outing becomes the canteen's outing day. */
@ModuleTest
class OutingDaysModuleTest {

  @Autowired JdbcClient jdbc;

  @Test
  void anAnnouncedOutingBecomesTheCanteensOutingDay(Scenario scenario) {
    long ce1 = ModuleTestData.ensure(jdbc).classId;
    long outing = 800_000 + (System.nanoTime() % 100_000);
    LocalDate day = LocalDate.of(2027, 6, 10);
    scenario
        .publish(
            new OutingAnnounced(
                outing,
                1,
                Set.of(ce1),
                day,
                "Ferme pédagogique",
                Instant.parse("2027-05-01T08:00:00Z")))
        .andWaitForStateChange(
            () ->
                jdbc.sql(
                        "select outing_day from canteen_outing where outing_id = ? and class_id = ?")
                    .params(outing, ce1)
                    .query(java.sql.Date.class)
                    .optional())
        .andVerify(found -> assertThat(found).map(java.sql.Date::toLocalDate).contains(day));
  }
}
