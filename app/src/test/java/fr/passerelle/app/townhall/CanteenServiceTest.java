package fr.passerelle.app.townhall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.RunAs;
import fr.passerelle.app.SettableClock;
import fr.passerelle.app.family.FamilyNews;
import fr.passerelle.app.family.FamilyNewsHeard;
import fr.passerelle.app.outings.OutingAnnounced;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The canteen's rules on PostgreSQL and H2 with the demo data: menus with their allergens stored
 * and read back by staff, parents and pupils; staff of another commune refused and audited; a
 * parent refused another family's child; the commune's deadline one minute before and at the minute
 * (with the settable clock), each change kept as a row; the outing announced by a school letting a
 * parent cancel the meal of that day even past the deadline, with the outing as reason.
 */
@PasserelleTest
@BothDatabases
class CanteenServiceTest {

  static final String FERRY = "0420101A";
  static final String STAFF = "mairie.saint-etienne";
  static final String OTHER_STAFF = "mairie.saint-chamond";
  static final String PARENT = "parent.martin";
  static final String OTHER_PARENT = "parent.nguyen";

  @Autowired CanteenService canteen;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService userDetails;
  @Autowired SettableClock clock;
  @Autowired SchoolTime schoolTime;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired FamilyNewsHeard heard;
  DemoAccounts demo;
  long saintEtienne;
  long lea;
  long ferry;
  long ce1;

  @BeforeEach
  void setUp() {
    demo = new DemoAccounts(jdbc);
    saintEtienne = demo.commune("Saint-Étienne");
    lea = demo.account("lea.martin");
    ferry = demo.school(FERRY);
    ce1 = demo.schoolClass(FERRY, "CE1");
  }

  @AfterEach
  void reset() {
    clock.reset();
    SecurityContextHolder.clearContext();
  }

  <T> T as(String username, Supplier<T> action) {
    return RunAs.as(userDetails, username, action);
  }

  /** A Monday far from the demo's weeks, {@code weeks} weeks apart for each test. */
  static LocalDate monday(int weeks) {
    return LocalDate.of(2027, 3, 1)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .plusWeeks(weeks);
  }

  /** Sets the clock to a moment in the schools' time zone. */
  void at(LocalDate day, LocalTime time) {
    clock.set(day.atTime(time).atZone(schoolTime.zone()).toInstant());
  }

  long rows(long pupil, LocalDate day) {
    return jdbc.sql("select count(*) from canteen_registration where pupil_id = ? and meal_day = ?")
        .params(pupil, java.sql.Date.valueOf(day))
        .query(Long.class)
        .single();
  }

  @Test
  void menusKeepTheirAllergensAndVegetarianOption() {
    LocalDate day = monday(0);
    at(day.minusWeeks(1), LocalTime.NOON);
    List<Dish> dishes =
        List.of(
            new Dish(Course.STARTER, "Carottes râpées", Set.of(Allergen.MUSTARD), true),
            new Dish(
                Course.MAIN, "Poisson pané", EnumSet.of(Allergen.FISH, Allergen.GLUTEN), false),
            new Dish(Course.MAIN, "Omelette", Set.of(Allergen.EGGS), true),
            new Dish(Course.DESSERT, "Crème", EnumSet.of(Allergen.MILK, Allergen.SULPHITES), true));
    CanteenMenu published = as(STAFF, () -> canteen.publishMenu(saintEtienne, day, dishes));
    assertThat(published.dishes()).containsExactlyElementsOf(dishes);
    assertThat(published.vegetarianOption()).isTrue();
    assertThat(
            jdbc.sql(
                    "select a.allergen from canteen_dish_allergen a join canteen_dish d"
                        + " on d.id = a.dish_id where d.name = 'Poisson pané' order by 1")
                .query(String.class)
                .list())
        .containsExactly("FISH", "GLUTEN");

    Map<LocalDate, CanteenMenu> staffView = as(STAFF, () -> canteen.menus(saintEtienne, day, day));
    assertThat(staffView.get(day).dishes().get(1).allergensInOrder())
        .containsExactly(Allergen.GLUTEN, Allergen.FISH);
    ChildCanteen week = as(PARENT, () -> canteen.childWeek(lea, day));
    assertThat(week.days()).extracting(MealDay::day).first().isEqualTo(day);
    assertThat(week.days().getFirst().menu()).isEqualTo(published);
    List<CanteenMenu> pupil = as("lea.martin", () -> canteen.myWeekMenus(day));
    assertThat(pupil).containsExactly(published);

    // Republished: the day's menu is replaced, not doubled.
    as(STAFF, () -> canteen.publishMenu(saintEtienne, day, dishes.subList(0, 1)));
    assertThat(as(STAFF, () -> canteen.menus(saintEtienne, day, day)).get(day).dishes()).hasSize(1);
    assertThatThrownBy(() -> as(STAFF, () -> canteen.publishMenu(saintEtienne, day, List.of())))
        .isInstanceOf(TownHallException.class);
    assertThatThrownBy(
            () -> as(STAFF, () -> canteen.publishMenu(saintEtienne, day.plusDays(2), dishes)))
        .as("no canteen on Wednesdays")
        .isInstanceOf(TownHallException.class);
  }

  @Test
  void staffOfAnotherCommuneAreRefusedAndAudited() {
    LocalDate day = monday(1);
    List<Dish> dishes = List.of(new Dish(Course.MAIN, "Intrus", Set.of(), false));
    assertThatThrownBy(() -> as(OTHER_STAFF, () -> canteen.publishMenu(saintEtienne, day, dishes)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(
            () -> as(OTHER_STAFF, () -> canteen.mealCounts(saintEtienne, day, day.plusDays(4))))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> as(OTHER_STAFF, () -> canteen.menus(saintEtienne, day, day)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(
            () -> as(OTHER_STAFF, () -> canteen.setDeadline(saintEtienne, 0, LocalTime.NOON)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", OTHER_STAFF, "commune:" + saintEtienne))
        .isGreaterThanOrEqualTo(4);
    assertThat(as(STAFF, () -> canteen.menus(saintEtienne, day, day))).isEmpty();
    assertThat(as(STAFF, () -> canteen.deadline(saintEtienne)))
        .isEqualTo(new Deadline(2, LocalTime.of(10, 0)));
    // Their own commune's figures are theirs.
    long saintChamond = demo.commune("Saint-Chamond");
    assertThat(as(OTHER_STAFF, () -> canteen.mealCounts(saintChamond, day, day)))
        .allMatch(c -> c.meals() == 0);
    // Other roles may not use staff methods at all.
    assertThatThrownBy(() -> as(PARENT, () -> canteen.mealCounts(saintEtienne, day, day)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> as("directrice.ferry", () -> canteen.publishMenu(saintEtienne, day, dishes)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aParentIsRefusedAnotherFamilysChild() {
    LocalDate day = monday(2);
    at(day.minusWeeks(1), LocalTime.NOON);
    assertThatThrownBy(() -> as(OTHER_PARENT, () -> canteen.setMeal(lea, day, true)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> as(OTHER_PARENT, () -> canteen.childWeek(lea, day)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> as(OTHER_PARENT, () -> canteen.cancelForOuting(lea, day)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> as(OTHER_PARENT, () -> canteen.childNextDay(lea)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", OTHER_PARENT, "pupil:" + lea))
        .isGreaterThanOrEqualTo(4);
    assertThat(rows(lea, day)).isZero();
    assertThatThrownBy(() -> as("lea.martin", () -> canteen.setMeal(lea, day, true)))
        .as("a pupil does not register themself")
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void changesCloseAtTheCommunesDeadlineAndEveryChangeIsKept() {
    as(STAFF, () -> canteen.setDeadline(saintEtienne, 2, LocalTime.of(10, 0)));
    LocalDate day = monday(3);
    LocalDate saturday = day.minusDays(2);
    int before = meals(day);

    at(saturday, LocalTime.of(9, 59));
    MealDay registered = as(PARENT, () -> canteen.setMeal(lea, day, true));
    assertThat(registered.registered()).isTrue();
    assertThat(registered.open()).isTrue();
    assertThat(registered.closesAt()).isEqualTo(saturday.atTime(10, 0));
    assertThat(meals(day)).isEqualTo(before + 1);
    // The same state again writes nothing; a change of mind is a new row.
    as(PARENT, () -> canteen.setMeal(lea, day, true));
    assertThat(rows(lea, day)).isEqualTo(1);
    as(PARENT, () -> canteen.setMeal(lea, day, false));
    as(PARENT, () -> canteen.setMeal(lea, day, true));
    assertThat(rows(lea, day)).isEqualTo(3);

    at(saturday, LocalTime.of(10, 0));
    assertThatThrownBy(() -> as(PARENT, () -> canteen.setMeal(lea, day, false)))
        .isInstanceOfSatisfying(
            CanteenClosedException.class,
            e -> {
              assertThat(e.day()).isEqualTo(day);
              assertThat(e.closedAt()).isEqualTo(saturday.atTime(10, 0));
            });
    assertThat(rows(lea, day)).isEqualTo(3);
    assertThat(as(PARENT, () -> canteen.childWeek(lea, day)).days().getFirst())
        .satisfies(
            d -> {
              assertThat(d.registered()).isTrue();
              assertThat(d.open()).isFalse();
            });
    assertThat(meals(day)).isEqualTo(before + 1);
    // The next day of the week is still open.
    assertThat(as(PARENT, () -> canteen.setMeal(lea, day.plusDays(1), true)).registered()).isTrue();

    // A commune that closes later (the same day at noon) opens it again.
    as(STAFF, () -> canteen.setDeadline(saintEtienne, 0, LocalTime.NOON));
    try {
      assertThat(as(PARENT, () -> canteen.setMeal(lea, day, false)).registered()).isFalse();
      assertThat(meals(day)).isEqualTo(before);
    } finally {
      as(STAFF, () -> canteen.setDeadline(saintEtienne, 2, LocalTime.of(10, 0)));
    }
  }

  int meals(LocalDate day) {
    return as(STAFF, () -> canteen.mealCounts(saintEtienne, day, day)).stream()
        .filter(c -> c.schoolId() == ferry)
        .mapToInt(MealCount::meals)
        .sum();
  }

  @Test
  void anOutingLetsTheParentCancelThatDaysMealEvenLate() {
    LocalDate day = monday(4).plusDays(3); // a Thursday
    at(day.minusWeeks(1), LocalTime.NOON);
    as(PARENT, () -> canteen.setMeal(lea, day, true));

    OutingAnnounced outing =
        new OutingAnnounced(9_001, ferry, Set.of(ce1), day, "Musée d’art", clock.instant());
    int before = heard.ofKind("canteen").size();
    transactions.executeWithoutResult(t -> events.publishEvent(outing));
    // The canteen hears it after the commit, on a thread of its own (a durable module event).
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql(
                                "select count(*) from canteen_outing where outing_id = 9001"
                                    + " and class_id = ?")
                            .param(ce1)
                            .query(Long.class)
                            .single())
                    .isOne());
    // Léa's parents hear of it (she eats there that day); Hugo's do not (he does not).
    await().atMost(Duration.ofSeconds(10)).until(() -> heard.ofKind("canteen").size() > before);
    List<FamilyNews> news = heard.ofKind("canteen").subList(before, heard.ofKind("canteen").size());
    assertThat(news).extracting(FamilyNews::pupilId).containsExactly(lea);
    assertThat(news.getFirst().route()).isEqualTo("cantine");
    assertThat(news.getFirst().body()).contains("Musée d’art");

    // The day before: past the deadline for an ordinary change, not for the outing.
    at(day.minusDays(1), LocalTime.of(18, 0));
    assertThat(as(PARENT, () -> canteen.openOutingOffers(lea)))
        .containsExactly(new OutingOffer(9_001, day, "Musée d’art", false));
    assertThatThrownBy(() -> as(PARENT, () -> canteen.setMeal(lea, day, false)))
        .isInstanceOf(CanteenClosedException.class);
    // Hugo, in the same class but not registered that day, is offered nothing.
    long hugo = demo.account("hugo.nguyen");
    assertThat(as(OTHER_PARENT, () -> canteen.openOutingOffers(hugo))).isEmpty();
    // Tom, in another class, has no outing.
    long tom = demo.account("tom.martin");
    assertThat(as(PARENT, () -> canteen.openOutingOffers(tom))).isEmpty();

    MealDay cancelled = as(PARENT, () -> canteen.cancelForOuting(lea, day));
    assertThat(cancelled.registered()).isFalse();
    assertThat(cancelled.outing()).isEqualTo(new OutingOffer(9_001, day, "Musée d’art", true));
    assertThat(
            jdbc.sql(
                    "select reason || ':' || outing_id from canteen_registration"
                        + " where pupil_id = ? and meal_day = ? order by id desc limit 1")
                .params(lea, java.sql.Date.valueOf(day))
                .query(String.class)
                .single())
        .isEqualTo("OUTING:9001");
    assertThat(as(PARENT, () -> canteen.openOutingOffers(lea))).isEmpty();
    assertThat(rows(lea, day)).isEqualTo(2);

    // An outing announced again on another day moves.
    transactions.executeWithoutResult(
        t ->
            events.publishEvent(
                new OutingAnnounced(
                    9_001, ferry, Set.of(ce1), day.plusDays(1), "Musée d’art", clock.instant())));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql("select outing_day from canteen_outing where outing_id = 9001")
                            .query(java.sql.Date.class)
                            .single()
                            .toLocalDate())
                    .isEqualTo(day.plusDays(1)));
  }
}
