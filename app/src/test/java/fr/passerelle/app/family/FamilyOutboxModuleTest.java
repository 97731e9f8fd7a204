package fr.passerelle.app.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.ModuleTest;
import fr.passerelle.app.ModuleTestData;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

/** Any feature → family: a piece of family news becomes an outbox row for each guardian. */
@ModuleTest
class FamilyOutboxModuleTest {

  @Autowired JdbcClient jdbc;

  @Test
  void familyNewsBecomesAMailForTheChildsGuardian(Scenario scenario) {
    ModuleTestData data = ModuleTestData.ensure(jdbc);
    Instant at = Instant.parse("2026-12-01T10:00:00Z").plusMillis(System.nanoTime() % 1_000_000);
    scenario
        .publish(
            new FamilyNews(
                data.pupilId,
                Set.of(),
                "liaison",
                "family.kind.liaison",
                List.of(),
                "Réunion jeudi.",
                "parent",
                at))
        .andWaitForStateChange(
            () ->
                jdbc.sql("select count(*) from family_mail where parent_id = ? and news_at = ?")
                    .params(data.parentId, java.sql.Timestamp.from(at))
                    .query(Long.class)
                    .single(),
            count -> count > 0)
        .andVerify(count -> assertThat(count).isOne());
  }
}
