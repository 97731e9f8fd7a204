package fr.passerelle.app.townhall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.RunAs;
import fr.passerelle.app.SettableClock;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * After-school activities and the commune's information pages on PostgreSQL and H2: staff add them
 * in their commune only; parents read their commune's pages and register their own child while
 * places are left and until the last day; every change is a row.
 */
@PasserelleTest
@BothDatabases
class CommuneLifeServiceTest {

  @Autowired CommuneLifeService life;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService userDetails;
  @Autowired SettableClock clock;
  @Autowired SchoolTime schoolTime;
  DemoAccounts demo;
  long ferry;
  long lea;
  long hugo;

  @BeforeEach
  void setUp() {
    demo = new DemoAccounts(jdbc);
    ferry = demo.school("0420101A");
    lea = demo.account("lea.martin");
    hugo = demo.account("hugo.nguyen");
  }

  @AfterEach
  void reset() {
    clock.reset();
    SecurityContextHolder.clearContext();
  }

  <T> T as(String username, Supplier<T> action) {
    return RunAs.as(userDetails, username, action);
  }

  void as(String username, Runnable action) {
    as(
        username,
        () -> {
          action.run();
          return null;
        });
  }

  @Test
  void staffPublishInTheirCommuneAndParentsRegisterUntilTheLastDayWhilePlacesLast() {
    LocalDate closes = LocalDate.of(2027, 5, 14);
    clock.set(closes.atTime(LocalTime.NOON).atZone(schoolTime.zone()).toInstant());
    assertThatThrownBy(
            () ->
                as(
                    "mairie.saint-chamond",
                    () ->
                        life.addActivity(
                            ferry, ActivityKind.ACTIVITY, "Échecs", "Jeu", "Lundi", 1, closes)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", "mairie.saint-chamond", "school:" + ferry))
        .isPositive();
    as(
        "mairie.saint-etienne",
        () -> life.addActivity(ferry, ActivityKind.ACTIVITY, "Échecs", "Jeu", "Lundi", 1, closes));
    long saintEtienne = demo.commune("Saint-Étienne");
    as("mairie.saint-etienne", () -> life.publishPage(saintEtienne, "Piscine", "Le jeudi."));
    assertThatThrownBy(
            () -> as("mairie.saint-chamond", () -> life.publishPage(saintEtienne, "x", "y")))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(as("parent.martin", () -> life.myPages()))
        .extracting(InfoPage::title)
        .contains("Piscine");

    Activity chess =
        as("parent.martin", () -> life.childActivities(lea)).stream()
            .filter(a -> a.title().equals("Échecs"))
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(() -> as("parent.nguyen", () -> life.register(lea, chess.id(), true)))
        .isInstanceOf(ScopeDeniedException.class);
    Activity taken = as("parent.martin", () -> life.register(lea, chess.id(), true));
    assertThat(taken.registered()).isTrue();
    assertThat(taken.left()).isZero();
    assertThatThrownBy(() -> as("parent.nguyen", () -> life.register(hugo, chess.id(), true)))
        .as("no place left")
        .isInstanceOfSatisfying(
            TownHallException.class,
            e -> assertThat(e.messageKey()).isEqualTo("townhall.activity.full"));
    as("parent.martin", () -> life.register(lea, chess.id(), false));
    assertThat(as("parent.nguyen", () -> life.register(hugo, chess.id(), true)).registered())
        .isTrue();
    assertThat(
            jdbc.sql("select count(*) from after_school_registration where activity_id = ?")
                .param(chess.id())
                .query(Long.class)
                .single())
        .isEqualTo(3);

    clock.set(closes.plusDays(1).atStartOfDay(schoolTime.zone()).toInstant());
    assertThatThrownBy(() -> as("parent.nguyen", () -> life.register(hugo, chess.id(), false)))
        .isInstanceOfSatisfying(
            TownHallException.class,
            e -> assertThat(e.messageKey()).isEqualTo("townhall.activity.closed"));
  }
}
