package fr.passerelle.app.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.RunAs;
import fr.passerelle.app.identity.GuardianLink;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.lessonbook.LessonBookService;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.territory.PupilCard;
import fr.passerelle.app.territory.PupilService;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Separated parents on PostgreSQL and H2 with the demo data: Léa has two parents, Karim Martin and
 * Claire Bernard. When the director restricts Claire Bernard's link, she no longer sees Léa on her
 * home, on Léa's page nor in the lesson book, while Karim Martin still does; lifting restores it.
 * Only the directors of Léa's school may do it; others are refused and audited.
 */
@PasserelleTest
@BothDatabases
class FamilyPrivacyTest {

  static final String DIRECTOR = "directrice.ferry";
  static final String MARTIN = "parent.martin";
  static final String BERNARD = "parent.bernard";

  @Autowired FamilyPrivacyService privacy;
  @Autowired PupilService pupils;
  @Autowired LessonBookService book;
  @Autowired SchoolTime time;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService userDetails;
  DemoAccounts demo;
  long lea;
  long bernard;
  long martin;

  @BeforeEach
  void setUp() {
    demo = new DemoAccounts(jdbc);
    lea = demo.account("lea.martin");
    bernard = demo.account(BERNARD);
    martin = demo.account(MARTIN);
  }

  @AfterEach
  void liftAndSignOut() {
    as(DIRECTOR, () -> privacy.lift(lea, bernard));
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

  List<String> childrenOf(String parent) {
    return as(parent, () -> pupils.myChildren()).stream()
        .map(PupilCard::pupil)
        .map(p -> p.firstName())
        .toList();
  }

  String otherDirector() {
    return jdbc.sql(
            "select a.username from account a join account_role r on r.account_id = a.id"
                + " where r.role = 'DIRECTOR' and a.username <> ? order by a.id limit 1")
        .param(DIRECTOR)
        .query(String.class)
        .single();
  }

  @Test
  void bothSeparatedParentsSeeTheChildUntilARestrictionIsRecorded() {
    assertThat(childrenOf(MARTIN)).contains("Léa", "Tom");
    assertThat(childrenOf(BERNARD)).containsExactly("Léa");
    assertThat(people.guardiansOf(lea)).containsExactlyInAnyOrder(martin, bernard);
    String target = "pupil:" + lea + " parent:" + bernard;
    long restrictions = demo.auditCount("GUARDIAN_RESTRICTED", DIRECTOR, target);
    long lifts = demo.auditCount("GUARDIAN_UNRESTRICTED", DIRECTOR, target);

    as(DIRECTOR, () -> privacy.restrict(lea, bernard, "Décision du juge du 3 novembre"));

    // Claire Bernard: nothing on her home, Léa's page and homework refused.
    assertThat(childrenOf(BERNARD)).isEmpty();
    assertThatThrownBy(() -> as(BERNARD, () -> pupils.pupil(lea)))
        .isInstanceOf(AccessDeniedException.class);
    LocalDate today = time.today();
    assertThatThrownBy(() -> as(BERNARD, () -> book.childHomework(lea, today, today)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(people.isGuardian(bernard, lea)).isFalse();
    assertThat(people.guardiansOf(lea)).containsExactly(martin);
    assertThat(people.childrenOf(bernard)).isEmpty();

    // Karim Martin: unchanged.
    assertThat(childrenOf(MARTIN)).contains("Léa", "Tom");
    assertThat(as(MARTIN, () -> pupils.pupil(lea)).pupil().firstName()).isEqualTo("Léa");
    assertThat(as(MARTIN, () -> book.childHomework(lea, today, today))).isNotNull();

    // The director's view lists both links with their state and the reason.
    List<GuardianLink> links = as(DIRECTOR, () -> privacy.links(lea));
    assertThat(links).extracting(l -> l.parent().lastName()).containsExactly("Bernard", "Martin");
    GuardianLink restricted = links.getFirst();
    assertThat(restricted.restricted()).isTrue();
    assertThat(restricted.restriction().by().lastName()).isEqualTo("Garnier");
    assertThat(restricted.restriction().reason()).isEqualTo("Décision du juge du 3 novembre");
    assertThat(links.get(1).restricted()).isFalse();
    assertThat(demo.auditCount("GUARDIAN_RESTRICTED", DIRECTOR, target))
        .isEqualTo(restrictions + 1);

    // Lifting restores everything, and is audited; the restriction is kept with its end.
    as(DIRECTOR, () -> privacy.lift(lea, bernard));
    assertThat(childrenOf(BERNARD)).containsExactly("Léa");
    assertThat(as(BERNARD, () -> pupils.pupil(lea)).pupil().firstName()).isEqualTo("Léa");
    assertThat(as(DIRECTOR, () -> privacy.links(lea))).noneMatch(GuardianLink::restricted);
    assertThat(demo.auditCount("GUARDIAN_UNRESTRICTED", DIRECTOR, target)).isEqualTo(lifts + 1);
    assertThat(
            jdbc.sql(
                    "select count(*) from guardianship_restriction where parent_id = ?"
                        + " and pupil_id = ? and lifted_at is not null and lifted_by is not null")
                .params(bernard, lea)
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void aDirectorOfAnotherSchoolCannotSeeNorRestrict() {
    String other = otherDirector();
    String target = "pupil:" + lea + " parent:" + bernard;
    long before = demo.auditCount("ACCESS_DENIED", other, target);
    assertThatThrownBy(() -> as(other, () -> privacy.restrict(lea, bernard, null)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", other, target)).isEqualTo(before + 1);
    assertThatThrownBy(() -> as(other, () -> privacy.links(lea)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(as(other, () -> privacy.search("Léa"))).noneMatch(c -> c.pupil().id() == lea);
    assertThat(childrenOf(BERNARD)).containsExactly("Léa");
  }

  @Test
  void parentsAndTeachersCannotRestrict() {
    assertThatThrownBy(() -> as(MARTIN, () -> privacy.restrict(lea, bernard, null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as("enseignante.ferry", () -> privacy.restrict(lea, bernard, null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(childrenOf(BERNARD)).containsExactly("Léa");
  }

  @Test
  void aParentNotLinkedToTheChildCannotBeRestrictedOnIt() {
    long nguyen = demo.account("parent.nguyen");
    assertThatThrownBy(() -> as(DIRECTOR, () -> privacy.restrict(lea, nguyen, null)))
        .isInstanceOf(ScopeDeniedException.class);
  }

  @Test
  void theDirectorSearchesPupilsOfTheSchoolOnly() {
    List<PupilChoice> found = as(DIRECTOR, () -> privacy.search("lea mart"));
    assertThat(found).extracting(c -> c.pupil().id()).containsExactly(lea);
    assertThat(found.getFirst().className()).startsWith("CE1");
    // Tom Martin is in the nursery school: not Sophie Garnier's.
    assertThat(as(DIRECTOR, () -> privacy.search("Tom Martin"))).isEmpty();
  }

  @Test
  void theDemoHasOneRestrictedLinkAtJulesFerry() {
    long restricted =
        jdbc.sql(
                "select count(*) from guardianship_restriction r join account d"
                    + " on d.id = r.restricted_by where d.username = ? and r.lifted_at is null")
            .param(DIRECTOR)
            .query(Long.class)
            .single();
    assertThat(restricted).isEqualTo(1);
  }
}
