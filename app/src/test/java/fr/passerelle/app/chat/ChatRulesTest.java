package fr.passerelle.app.chat;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.identity.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who may start a private conversation with whom, for every pair of roles, on the demo data of the
 * Jules Ferry school (Saint-Étienne), plus cases just outside each scope.
 */
@PasserelleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatRulesTest {

  /** One account per role, in the order of the matrix below. */
  static final Map<Role, String> ONE =
      Map.of(
          Role.ADMIN, "admin",
          Role.TECHNICIAN, "technicien",
          Role.TOWN_HALL, "mairie.saint-etienne",
          Role.DIRECTOR, "directrice.ferry",
          Role.TICE_REFERENT, "referent.ferry",
          Role.TEACHER, "enseignante.ferry",
          Role.PARENT, "parent.martin",
          Role.PUPIL, "lea.martin");

  /** Another account of the same role, for the diagonal (self when there is only one). */
  static final Map<Role, String> OTHER =
      Map.of(
          Role.ADMIN, "admin",
          Role.TECHNICIAN, "technicien",
          Role.TOWN_HALL, "mairie.saint-chamond",
          Role.DIRECTOR, "direction.lamartine",
          Role.TICE_REFERENT, "referent.ferry",
          Role.TEACHER, "enseignant.ferry.cp",
          Role.PARENT, "parent.nguyen",
          Role.PUPIL, "hugo.nguyen");

  /**
   * Rows: from; columns: to; in the order ADMIN, TECHNICIAN, TOWN_HALL, DIRECTOR, TICE_REFERENT,
   * TEACHER, PARENT, PUPIL. The diagonal uses {@link #OTHER}.
   */
  static final String[] MATRIX = {
    "- y y y - - - -", // admin: directors, town halls, technicians
    "- - - y y y - -", // technician: the staff of every school
    "- - - y y y - -", // town hall of Saint-Étienne: the staff of its schools
    "- - - - y y y -", // director: staff of the school, parents of its pupils
    "- - - y - y - -", // TICE referent (teaches CM2): staff of the school only
    "- - - y y y y y", // CE1 teacher: colleagues, the parents and pupils of the class
    "- - - y - y - -", // Léa's father: her teacher and director
    "- - - - - y - -", // Léa: her teacher; classmates not allowed by default
  };

  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;
  @Autowired ChatRooms rooms;
  DemoAccounts demo;
  ChatCallers callers;

  @BeforeEach
  void setUp() {
    demo = new DemoAccounts(jdbc);
    callers = new ChatCallers(users);
  }

  static Stream<Arguments> everyPairOfRoles() {
    List<Arguments> cases = new ArrayList<>();
    Role[] roles = Role.values();
    for (int i = 0; i < roles.length; i++) {
      String[] row = MATRIX[i].split(" ");
      for (int j = 0; j < roles.length; j++) {
        String to = i == j ? OTHER.get(roles[j]) : ONE.get(roles[j]);
        cases.add(
            Arguments.of(roles[i] + " → " + roles[j], ONE.get(roles[i]), to, row[j].equals("y")));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1} → {2} = {3}")
  @MethodSource("everyPairOfRoles")
  void everyPairOfRoles(String pair, String from, String to, boolean allowed) {
    assertRule(from, to, allowed);
  }

  static Stream<Arguments> justOutsideTheScope() {
    return Stream.of(
        Arguments.of("mairie.saint-chamond", "directrice.ferry", false),
        Arguments.of("enseignant.lamartine.ce1", "lea.martin", false),
        Arguments.of("enseignant.lamartine.ce1", "enseignante.ferry", false),
        Arguments.of("enseignant.lamartine.ce1", "parent.martin", false),
        Arguments.of("lea.martin", "enseignant.ferry.cp", false),
        Arguments.of("lea.martin", "parent.martin", false),
        Arguments.of("parent.martin", "enseignant.tarentaize.gs", true),
        Arguments.of("parent.martin", "direction.tarentaize", true),
        Arguments.of("parent.martin", "direction.lamartine", false),
        Arguments.of("parent.nguyen", "enseignante.ferry", true),
        Arguments.of("parent.nguyen", "lea.martin", false),
        Arguments.of("directrice.ferry", "direction.lamartine", false),
        Arguments.of("referent.ferry", "lea.martin", false));
  }

  @ParameterizedTest(name = "{0} → {1} = {2}")
  @MethodSource("justOutsideTheScope")
  void justOutsideTheScope(String from, String to, boolean allowed) {
    assertRule(from, to, allowed);
  }

  @Test
  void theMatrixCoversEveryPairOfRolesWithAccountsOfThoseRoles() {
    assertThat(MATRIX).hasSize(Role.values().length);
    Set<Role> seen = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      assertThat(primaryRole(ONE.get(role))).as(ONE.get(role)).isEqualTo(role);
      assertThat(primaryRole(OTHER.get(role))).as(OTHER.get(role)).isEqualTo(role);
      seen.add(role);
    }
    assertThat(seen).containsExactlyInAnyOrder(Role.values());
  }

  @Test
  void classmatesMayWriteToEachOtherOnlyWhileTheirTeacherAllowsIt() {
    long ce1 = demo.schoolClass("0420101A", "CE1");
    assertRule("lea.martin", "hugo.nguyen", false);
    callers.run("enseignante.ferry", () -> rooms.setClassmatesMayWrite(ce1, true));
    try {
      assertRule("lea.martin", "hugo.nguyen", true);
      RoomDetails room =
          callers.as("lea.martin", () -> rooms.privateRoom(demo.account("hugo.nguyen")));
      assertThat(room.kind()).isEqualTo(RoomKind.PRIVATE);
      assertThat(room.title()).isEqualTo("Hugo Nguyen");
      // Once the conversation exists Hugo may answer in it, and the class's teacher moderates it.
      assertThat(callers.as("hugo.nguyen", () -> rooms.room(room.id())).moderator()).isFalse();
      assertThat(callers.as("enseignante.ferry", () -> rooms.room(room.id())).moderator()).isTrue();
    } finally {
      callers.run("enseignante.ferry", () -> rooms.setClassmatesMayWrite(ce1, false));
    }
    assertRule("lea.martin", "hugo.nguyen", false);
  }

  @Test
  void contactsAreExactlyThePeopleTheRulesAllow() {
    List<String> contacts =
        callers.as("lea.martin", () -> rooms.contacts()).stream().map(PersonName::full).toList();
    assertThat(contacts).containsExactly("Amélie Durand");
    List<String> parent =
        callers.as("parent.martin", () -> rooms.contacts()).stream().map(PersonName::full).toList();
    assertThat(parent).contains("Amélie Durand", "Sophie Garnier").doesNotContain("Julien Perret");
  }

  @Test
  void aConversationTheRulesForbidIsRefusedAndAudited() {
    long before = demo.auditCount("ACCESS_DENIED", "lea.martin", null);
    long referent = demo.account("referent.ferry");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> callers.as("lea.martin", () -> rooms.privateRoom(referent)))
        .isInstanceOf(fr.passerelle.app.territory.ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", "lea.martin", null)).isEqualTo(before + 1);
  }

  private void assertRule(String from, String to, boolean allowed) {
    long target = demo.account(to);
    assertThat(callers.as(from, () -> rooms.mayWriteTo(target)))
        .as(from + " may write to " + to)
        .isEqualTo(allowed);
  }

  private Role primaryRole(String username) {
    List<Role> roles =
        jdbc
            .sql(
                "select r.role from account_role r join account a on a.id = r.account_id"
                    + " where a.username = ?")
            .param(username)
            .query(String.class)
            .list()
            .stream()
            .map(Role::valueOf)
            .toList();
    return Role.primary(roles);
  }
}
