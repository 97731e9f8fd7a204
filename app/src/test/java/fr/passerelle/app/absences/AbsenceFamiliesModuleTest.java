package fr.passerelle.app.absences;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.ModuleTest;
import fr.passerelle.app.ModuleTestData;
import fr.passerelle.app.RunAs;
import fr.passerelle.app.family.FamilyNews;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Absences → family: a pupil marked absent nobody announced is told to their parents. */
@ModuleTest
class AbsenceFamiliesModuleTest {

  @Autowired JdbcClient jdbc;
  @Autowired AbsenceService absences;
  @Autowired UserDetailsService users;

  @Test
  void anUnannouncedAbsenceIsFamilyNewsForThePupil(Scenario scenario) {
    ModuleTestData data = ModuleTestData.ensure(jdbc);
    LocalDate day =
        LocalDate.now(ZoneId.of("Europe/Paris"))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    // Present first, whatever an earlier run left: the absence is new.
    RunAs.as(
        users,
        ModuleTestData.TEACHER,
        () -> absences.saveRollCall(data.classId, day, HalfDay.MORNING, Set.of()));
    scenario
        .stimulate(
            () ->
                RunAs.as(
                    users,
                    ModuleTestData.TEACHER,
                    () ->
                        absences.saveRollCall(
                            data.classId, day, HalfDay.MORNING, Set.of(data.pupilId))))
        .andWaitForEventOfType(FamilyNews.class)
        .matching(news -> news.pupilId() == data.pupilId && news.kind().equals("absences"))
        .toArriveAndVerify(news -> assertThat(news.parentIds()).isEmpty());
  }
}
