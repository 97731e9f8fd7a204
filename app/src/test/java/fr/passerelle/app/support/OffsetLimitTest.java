package fr.passerelle.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.territory.SchoolSummary;
import fr.passerelle.app.territory.TerritoryService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Rows asked for from an offset that is not a multiple of the limit are the right rows. */
@PasserelleTest
class OffsetLimitTest {

  @Autowired TerritoryService territory;

  @Test
  @WithUserDetails("technicien")
  void aRangeThatDoesNotStartOnAPageBoundaryReturnsTheRowsAsked() {
    List<SchoolSummary> all = territory.schools(null, 0, 50);
    assertThat(all).hasSize(12);
    assertThat(territory.schools(null, 5, 4)).isEqualTo(all.subList(5, 9));
    assertThat(territory.schools(null, 3, 6)).isEqualTo(all.subList(3, 9));
  }
}
