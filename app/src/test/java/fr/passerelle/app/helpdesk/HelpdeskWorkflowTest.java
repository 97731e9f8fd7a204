package fr.passerelle.app.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.inventory.SignedIn;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Every move of a ticket, who may make it, and who is told. */
@PasserelleTest
@BothDatabases
class HelpdeskWorkflowTest {

  @Autowired HelpdeskService helpdesk;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;
  SignedIn signedIn;
  DemoAccounts demo;
  long pc;

  @BeforeEach
  void setUp() {
    signedIn = new SignedIn(users);
    demo = new DemoAccounts(jdbc);
    pc = jdbc.sql("select id from device where serial = '5CG101102'").query(Long.class).single();
  }

  @AfterEach
  void tearDown() {
    SignedIn.out();
  }

  long report(String who) {
    signedIn.as(who);
    return helpdesk.report(pc, "Écran noir", "Le poste 2 ne s’allume plus.", 4, 3);
  }

  TicketStatus status(long id) {
    return TicketStatus.valueOf(
        jdbc.sql("select status from ticket where id = ?").param(id).query(String.class).single());
  }

  List<String> notificationsOf(String username, long ticket) {
    return jdbc.sql(
            "select message_key from helpdesk_notification n join account a on a.id ="
                + " n.recipient_id where a.username = ? and n.ticket_id = ? order by n.id")
        .params(username, ticket)
        .query(String.class)
        .list();
  }

  @Test
  void priorityFollowsGlpisMatrix() {
    assertThat(Priority.of(1, 1)).isEqualTo(1);
    assertThat(Priority.of(3, 3)).isEqualTo(3);
    assertThat(Priority.of(4, 3)).isEqualTo(4);
    assertThat(Priority.of(5, 5)).isEqualTo(5);
    assertThat(Priority.of(5, 1)).isEqualTo(2);
    assertThatThrownBy(() -> Priority.of(0, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTicketGoesThroughEveryStepAndItsReporterIsToldOfEach() {
    long id = report("referent.ferry");
    assertThat(status(id)).isEqualTo(TicketStatus.NEW);
    assertThat(
            jdbc.sql("select priority from ticket where id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .isEqualTo(4);

    signedIn.as("technicien");
    assertThat(helpdesk.tickets(true)).extracting(TicketRow::id).contains(id);
    assertThat(helpdesk.ticket(id).allowed()).containsExactly(TicketAction.ASSIGN);
    helpdesk.assign(id, demo.account("technicien"));
    assertThat(status(id)).isEqualTo(TicketStatus.ASSIGNED);
    helpdesk.plan(id, Instant.now().plus(2, ChronoUnit.DAYS), "Passage jeudi matin");
    assertThat(status(id)).isEqualTo(TicketStatus.PLANNED);
    helpdesk.waitFor(id, "Alimentation commandée");
    assertThat(status(id)).isEqualTo(TicketStatus.WAITING);
    helpdesk.resume(id);
    assertThat(status(id)).isEqualTo(TicketStatus.ASSIGNED);
    helpdesk.solve(id, "Alimentation remplacée, poste testé.");
    assertThat(status(id)).isEqualTo(TicketStatus.SOLVED);

    signedIn.as("referent.ferry");
    TicketDetails solved = helpdesk.ticket(id);
    assertThat(solved.resolution()).isEqualTo("Alimentation remplacée, poste testé.");
    assertThat(solved.allowed()).containsExactlyInAnyOrder(TicketAction.CLOSE, TicketAction.REOPEN);
    helpdesk.reopen(id, "Il s’éteint encore au bout d’une heure.");
    assertThat(status(id)).isEqualTo(TicketStatus.ASSIGNED);
    signedIn.as("technicien");
    helpdesk.solve(id, "Carte mère remplacée.");
    signedIn.as("referent.ferry");
    helpdesk.close(id);
    assertThat(status(id)).isEqualTo(TicketStatus.CLOSED);

    assertThat(helpdesk.ticket(id).steps())
        .extracting(TicketDetails.Step::to)
        .containsExactly(
            TicketStatus.NEW,
            TicketStatus.ASSIGNED,
            TicketStatus.PLANNED,
            TicketStatus.WAITING,
            TicketStatus.ASSIGNED,
            TicketStatus.SOLVED,
            TicketStatus.ASSIGNED,
            TicketStatus.SOLVED,
            TicketStatus.CLOSED);
    // Told of every step they did not make themselves (the reopening and closing were theirs).
    assertThat(notificationsOf("referent.ferry", id))
        .containsExactly(
            "helpdesk.notify.NEW",
            "helpdesk.notify.ASSIGNED",
            "helpdesk.notify.PLANNED",
            "helpdesk.notify.WAITING",
            "helpdesk.notify.ASSIGNED",
            "helpdesk.notify.SOLVED",
            "helpdesk.notify.SOLVED");
    assertThat(helpdesk.notifications(50))
        .filteredOn(n -> id == (n.ticketId() == null ? -1 : n.ticketId()))
        .first()
        .satisfies(
            n -> assertThat(n.arguments()).containsExactly(String.valueOf(id), "PC-CLASSE-101-2"));
  }

  @Test
  void onlyTheSchoolsPeopleReportAndOnlyOnTheirSchoolsDevices() {
    signedIn.as("enseignante.ferry");
    long id = helpdesk.report(pc, "Souris cassée", "La molette ne tourne plus.", 2, 1);
    assertThat(helpdesk.tickets(false))
        .extracting(TicketRow::reporterName)
        .containsOnly("Amélie Durand");
    signedIn.as("direction.soleil");
    assertThatThrownBy(() -> helpdesk.report(pc, "x", "y", 3, 3))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> helpdesk.ticket(id)).isInstanceOf(AccessDeniedException.class);
    signedIn.as("mairie.saint-etienne");
    assertThatThrownBy(() -> helpdesk.report(pc, "x", "y", 3, 3))
        .isInstanceOf(AccessDeniedException.class);
    signedIn.as("parent.martin");
    assertThatThrownBy(() -> helpdesk.tickets(true)).isInstanceOf(AccessDeniedException.class);
    signedIn.as("directrice.ferry");
    assertThat(helpdesk.tickets(false)).extracting(TicketRow::id).contains(id);
  }

  @Test
  void whoMayMakeEachMove() {
    long id = report("enseignante.ferry");
    // Only technicians and administrators take tickets; a technician only for themself.
    signedIn.as("referent.ferry");
    assertThatThrownBy(() -> helpdesk.assign(id, demo.account("technicien")))
        .isInstanceOf(AccessDeniedException.class);
    signedIn.as("technicien");
    assertThatThrownBy(() -> helpdesk.assign(id, demo.account("admin")))
        .isInstanceOf(AccessDeniedException.class);
    // Nobody solves or plans a ticket nobody has taken.
    signedIn.as("admin");
    assertThatThrownBy(() -> helpdesk.solve(id, "fait"))
        .isInstanceOf(HelpdeskException.class)
        .hasMessage("helpdesk.error.transition");
    assertThatThrownBy(() -> helpdesk.close(id)).isInstanceOf(HelpdeskException.class);
    helpdesk.assign(id, demo.account("technicien"));
    assertThat(status(id)).isEqualTo(TicketStatus.ASSIGNED);
    // The school does not plan, wait, resume or solve.
    signedIn.as("referent.ferry");
    assertThatThrownBy(() -> helpdesk.plan(id, Instant.now(), null))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> helpdesk.waitFor(id, "x")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> helpdesk.solve(id, "x")).isInstanceOf(AccessDeniedException.class);
    // A solution says what was done; a plan has a date.
    signedIn.as("technicien");
    assertThatThrownBy(() -> helpdesk.solve(id, " "))
        .isInstanceOf(HelpdeskException.class)
        .hasMessage("helpdesk.error.noteRequired");
    assertThatThrownBy(() -> helpdesk.resume(id))
        .isInstanceOf(HelpdeskException.class)
        .hasMessage("helpdesk.error.transition");
    helpdesk.solve(id, "Câble remplacé.");
    // Technicians do not close: the school does (reporter, referent or director).
    assertThatThrownBy(() -> helpdesk.close(id)).isInstanceOf(AccessDeniedException.class);
    signedIn.as("direction.soleil");
    assertThatThrownBy(() -> helpdesk.close(id)).isInstanceOf(AccessDeniedException.class);
    signedIn.as("directrice.ferry");
    helpdesk.close(id);
    assertThat(status(id)).isEqualTo(TicketStatus.CLOSED);
    assertThat(notificationsOf("enseignante.ferry", id))
        .containsExactly(
            "helpdesk.notify.NEW",
            "helpdesk.notify.ASSIGNED",
            "helpdesk.notify.SOLVED",
            "helpdesk.notify.CLOSED");
  }

  @Test
  void theReporterCancelsANewTicketButNotATakenOne() {
    long id = report("enseignante.ferry");
    signedIn.as("referent.ferry");
    assertThatThrownBy(() -> helpdesk.cancel(id)).isInstanceOf(AccessDeniedException.class);
    signedIn.as("enseignante.ferry");
    helpdesk.cancel(id);
    assertThat(status(id)).isEqualTo(TicketStatus.CLOSED);

    long taken = report("enseignante.ferry");
    signedIn.as("technicien");
    helpdesk.assign(taken, demo.account("technicien"));
    signedIn.as("enseignante.ferry");
    assertThatThrownBy(() -> helpdesk.cancel(taken)).isInstanceOf(HelpdeskException.class);
  }
}
