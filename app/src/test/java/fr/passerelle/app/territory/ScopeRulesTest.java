package fr.passerelle.app.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.identity.PersonName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The scope rules of every role, on PostgreSQL with the demo data. */
@PasserelleTest
class ScopeRulesTest {

  static final String FERRY = "0420101A";
  static final String LAMARTINE = "0420105E";

  @Autowired ClassService classes;
  @Autowired PupilService pupils;
  @Autowired TerritoryService territory;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService userDetails;
  DemoAccounts demo;

  @BeforeEach
  void setUp() {
    demo = new DemoAccounts(jdbc);
  }

  @Test
  @WithUserDetails("parent.martin")
  void parentSeesOwnChildrenWithNeedsAndIsRefusedAnotherFamilysChild() {
    assertThat(pupils.myChildren())
        .extracting(c -> c.pupil().full())
        .containsExactly("Léa Martin", "Tom Martin");
    PupilCard lea = pupils.pupil(demo.account("lea.martin"));
    assertThat(lea.needsShown()).isTrue();
    assertThat(lea.needs()).containsExactlyInAnyOrder(Need.LARGE_PRINT, Need.READING_SUPPORT);

    long hugo = demo.account("hugo.nguyen");
    long before = demo.auditCount("ACCESS_DENIED", "parent.martin", "pupil:" + hugo);
    assertThatThrownBy(() -> pupils.pupil(hugo)).isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", "parent.martin", "pupil:" + hugo))
        .isEqualTo(before + 1);
  }

  @Test
  @WithUserDetails("parent.martin")
  void parentSeesOnlyTheSummaryOfTheChildsClass() {
    ClassRoster roster = classes.roster(demo.schoolClass(FERRY, "CE1"));
    assertThat(roster.access()).isEqualTo(ClassAccess.SUMMARY);
    assertThat(roster.pupils()).isEmpty();
    assertThatThrownBy(() -> classes.roster(demo.schoolClass(FERRY, "CM2")))
        .isInstanceOf(ScopeDeniedException.class);
  }

  @Test
  @WithUserDetails("enseignante.ferry")
  void teacherSeesOwnClassWithNeedsAndIsRefusedAnotherClass() {
    long ce1 = demo.schoolClass(FERRY, "CE1");
    long readsBefore = demo.auditCount("SENSITIVE_READ", "enseignante.ferry", "class:" + ce1);
    ClassRoster roster = classes.roster(ce1);
    assertThat(roster.access()).isEqualTo(ClassAccess.ROSTER_WITH_NEEDS);
    assertThat(roster.pupils()).hasSize(8);
    assertThat(roster.pupils())
        .filteredOn(l -> l.pupil().full().equals("Hugo Nguyen"))
        .singleElement()
        .satisfies(l -> assertThat(l.needs()).containsExactly(Need.SCREEN_READER));
    assertThat(demo.auditCount("SENSITIVE_READ", "enseignante.ferry", "class:" + ce1))
        .isEqualTo(readsBefore + 1);
    assertThat(classes.myClasses()).extracting(ClassSummary::id).containsExactly(ce1);

    long cm2 = demo.schoolClass(FERRY, "CM2");
    long refusals = demo.auditCount("ACCESS_DENIED", "enseignante.ferry", "class:" + cm2);
    assertThatThrownBy(() -> classes.roster(cm2)).isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", "enseignante.ferry", "class:" + cm2))
        .isEqualTo(refusals + 1);
    // A teacher sees their classes, not the whole school.
    assertThatThrownBy(() -> classes.ofSchool(demo.school(FERRY)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> territory.school(demo.school(FERRY)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> pupils.pupil(demo.account("tom.martin")))
        .isInstanceOf(ScopeDeniedException.class);
  }

  @Test
  @WithUserDetails("lea.martin")
  void pupilSeesThemselfAndClassmatesNamesOnly() {
    ClassRoster roster = classes.roster(demo.schoolClass(FERRY, "CE1"));
    assertThat(roster.access()).isEqualTo(ClassAccess.CLASSMATES);
    assertThat(roster.pupils()).allSatisfy(l -> assertThat(l.needs()).isEmpty());
    assertThat(roster.pupils()).extracting(l -> l.pupil().full()).contains("Hugo Nguyen");
    assertThat(pupils.pupil(demo.account("lea.martin")).needsShown()).isTrue();
    assertThatThrownBy(() -> pupils.pupil(demo.account("hugo.nguyen")))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> classes.roster(demo.schoolClass(FERRY, "CP")))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> territory.communes()).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @WithUserDetails("directrice.ferry")
  void directorSeesTheWholeSchoolButNotAnother() {
    assertThat(classes.roster(demo.schoolClass(FERRY, "CM2")).access())
        .isEqualTo(ClassAccess.ROSTER_WITH_NEEDS);
    assertThat(classes.ofSchool(demo.school(FERRY))).hasSize(3);
    assertThatThrownBy(() -> classes.roster(demo.schoolClass(LAMARTINE, "CE1")))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> classes.ofSchool(demo.school(LAMARTINE)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(pupils.pupil(demo.account("hugo.nguyen")).needs())
        .containsExactly(Need.SCREEN_READER);
  }

  @Test
  @WithUserDetails("referent.ferry")
  void ticeReferentSeesTheSchoolsClassesButOnlyTheirOwnPupils() {
    assertThat(classes.roster(demo.schoolClass(FERRY, "CE1")).access())
        .isEqualTo(ClassAccess.SUMMARY);
    assertThat(classes.roster(demo.schoolClass(FERRY, "CM2")).access())
        .isEqualTo(ClassAccess.ROSTER_WITH_NEEDS);
    assertThat(territory.mySchool()).map(SchoolSummary::uai).contains(FERRY);
  }

  @Test
  @WithUserDetails("mairie.saint-etienne")
  void townHallStaffSeeOnlyTheirCommune() {
    long saintEtienne = demo.commune("Saint-Étienne");
    assertThat(territory.communes()).extracting(CommuneSummary::id).containsExactly(saintEtienne);
    assertThat(territory.schools(null, 0, 50))
        .hasSize(4)
        .allSatisfy(s -> assertThat(s.communeId()).isEqualTo(saintEtienne));
    assertThat(territory.countSchools(null)).isEqualTo(4);
    long saintChamond = demo.commune("Saint-Chamond");
    assertThatThrownBy(() -> territory.schools(saintChamond, 0, 50))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> territory.school(demo.school(LAMARTINE)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(classes.roster(demo.schoolClass(FERRY, "CE1")).pupils()).isEmpty();
    assertThatThrownBy(() -> pupils.pupil(demo.account("lea.martin")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @WithUserDetails("technicien")
  void technicianSeesEverySchoolButNoPupil() {
    assertThat(territory.countSchools(null)).isEqualTo(12);
    assertThat(territory.schools(demo.commune("Firminy"), 0, 50))
        .extracting(SchoolSummary::name)
        .containsExactly("École primaire Le Corbusier");
    long refusals = demo.auditCount("ACCESS_DENIED", "technicien", "PupilService.pupil");
    assertThatThrownBy(() -> pupils.pupil(demo.account("lea.martin")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", "technicien", "PupilService.pupil"))
        .as("a role refusal is audited too")
        .isEqualTo(refusals + 1);
    assertThat(classes.roster(demo.schoolClass(FERRY, "CE1")).pupils()).isEmpty();
  }

  @Test
  @WithUserDetails("enseignant.pasteur.ce2")
  void aDisabledAccountIsRefusedAtOnceEvenWithAnOpenSession() {
    assertThat(classes.myClasses()).hasSize(1);
    jdbc.sql("update account set enabled = false where username = 'enseignant.pasteur.ce2'")
        .update();
    try {
      assertThatThrownBy(() -> classes.myClasses()).isInstanceOf(AccessDeniedException.class);
    } finally {
      jdbc.sql("update account set enabled = true where username = 'enseignant.pasteur.ce2'")
          .update();
    }
  }

  @Test
  @WithUserDetails("admin")
  void administratorSeesTheWholeTerritoryButNoNeeds() {
    Overview overview = territory.overview();
    assertThat(overview.communes()).isEqualTo(8);
    assertThat(overview.schools()).isEqualTo(12);
    assertThat(overview.classes()).isEqualTo(31);
    assertThat(overview.pupils()).isEqualTo(31 * 6 + 3);
    PupilCard lea = pupils.pupil(demo.account("lea.martin"));
    assertThat(lea.needsShown()).isFalse();
    assertThat(lea.needs()).isEmpty();
    // Léa's parents are separated: both see her (family demo).
    assertThat(lea.guardians())
        .extracting(PersonName::full)
        .containsExactly("Claire Bernard", "Karim Martin");
    assertThat(classes.roster(demo.schoolClass(FERRY, "CE1")).access())
        .isEqualTo(ClassAccess.ROSTER);
  }

  @Test
  void nobodyLoggedInIsRefused() {
    long ce1 = demo.schoolClass(FERRY, "CE1");
    assertThatThrownBy(() -> classes.roster(ce1))
        .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
  }

  @Test
  void anAccountWithoutItsScopeSeesNothing() {
    jdbc.sql(
            "insert into account (username, password_hash, first_name, last_name)"
                + " select 'mairie.sans-commune', password_hash, 'Sans', 'Commune' from account"
                + " where username = 'admin' and not exists"
                + " (select 1 from account where username = 'mairie.sans-commune')")
        .update();
    jdbc.sql(
            "insert into account_role (account_id, role) select id, 'TOWN_HALL' from account"
                + " where username = 'mairie.sans-commune' and not exists (select 1 from"
                + " account_role r where r.account_id = account.id)")
        .update();
    UserDetails user = userDetails.loadUserByUsername("mairie.sans-commune");
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    try {
      assertThat(territory.communes()).isEmpty();
      assertThat(territory.myCommune()).isEmpty();
      assertThatThrownBy(() -> territory.schools(null, 0, 50))
          .isInstanceOf(ScopeDeniedException.class);
      assertThatThrownBy(() -> territory.school(demo.school(FERRY)))
          .isInstanceOf(ScopeDeniedException.class);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
