package fr.passerelle.app.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A braille display lent to Hugo goes to repair: his teacher and parent are told, and a replacement
 * is lent to him.
 */
@PasserelleTest
@BothDatabases
class AssistiveRepairTest {

  @Autowired InventoryService inventory;
  @Autowired AssistiveLoans loans;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;
  SignedIn signedIn;
  DemoAccounts demo;
  long focus;
  long brailliant;

  @BeforeEach
  void setUp() {
    signedIn = new SignedIn(users);
    demo = new DemoAccounts(jdbc);
    focus =
        jdbc.sql("select id from device where serial = 'FB40-101-0007'").query(Long.class).single();
    brailliant =
        jdbc.sql("select id from device where serial = 'BI40X-101-0002'")
            .query(Long.class)
            .single();
  }

  @AfterEach
  void tearDown() {
    SignedIn.out();
  }

  List<List<String>> told(String username) {
    return told(username, "inventory.notify.assistiveRepair");
  }

  List<List<String>> told(String username, String key) {
    return jdbc.sql(
            "select n.message_key, n.arguments from helpdesk_notification n join account a"
                + " on a.id = n.recipient_id where a.username = ?"
                + " and n.message_key = ? order by n.id")
        .params(username, key)
        .query((rs, i) -> List.of(rs.getString(1), rs.getString(2)))
        .list();
  }

  @Test
  void aFirstLoanAndItsReturnAreWrittenAndTheFamilyAndTeachersAreTold() {
    String lent = "inventory.notify.assistiveLent";
    String back = "inventory.notify.assistiveReturned";
    int parentLent = told("parent.martin", lent).size();
    int teacherLent = told("enseignante.ferry", lent).size();
    int parentBack = told("parent.martin", back).size();
    int otherFamily = told("parent.nguyen", lent).size();
    long lea = demo.account("lea.martin");
    signedIn.as("referent.ferry");
    assertThat(loans.pupils(demo.school("0420101A"))).extracting(p -> p.id()).contains(lea);
    try {
      loans.lend(brailliant, lea);
      assertThat(loans.borrower(brailliant))
          .hasValueSatisfying(p -> assertThat(p.full()).isEqualTo("Léa Martin"));
      DeviceDetails d = inventory.device(brailliant);
      assertThat(d.row().state()).as("out of stock once lent").isEqualTo(DeviceState.IN_SERVICE);
      assertThat(d.history())
          .filteredOn(c -> c.field().equals("loan"))
          .first()
          .satisfies(
              c -> {
                assertThat(c.by()).isEqualTo("referent.ferry");
                assertThat(c.newValue()).isEqualTo("Léa Martin");
              });
      assertThat(told("parent.martin", lent)).hasSize(parentLent + 1);
      assertThat(told("enseignante.ferry", lent)).hasSize(teacherLent + 1);
      assertThat(told("parent.nguyen", lent)).as("another family").hasSize(otherFamily);
      assertThat(told("parent.martin", lent).getLast().get(1)).endsWith("\u001fLéa");

      assertThatThrownBy(() -> loans.lend(brailliant, demo.account("hugo.nguyen")))
          .isInstanceOf(InventoryException.class)
          .hasMessage("inventory.error.alreadyLent");
      signedIn.as("directrice.ferry");
      assertThatThrownBy(() -> loans.giveBack(brailliant))
          .as("the director reads, the referent lends")
          .isInstanceOf(AccessDeniedException.class);
      signedIn.as("referent.ferry");
      loans.giveBack(brailliant);
      assertThat(loans.borrower(brailliant)).isEmpty();
      assertThat(inventory.device(brailliant).loans())
          .first()
          .satisfies(l -> assertThat(l.returnedAt()).isNotNull());
      assertThat(inventory.device(brailliant).history())
          .filteredOn(c -> c.field().equals("loan"))
          .first()
          .satisfies(c -> assertThat(c.oldValue()).isEqualTo("Léa Martin"));
      assertThat(told("parent.martin", back)).hasSize(parentBack + 1);
      assertThatThrownBy(() -> loans.giveBack(brailliant))
          .isInstanceOf(InventoryException.class)
          .hasMessage("inventory.error.notLent");
    } finally {
      jdbc.sql("delete from device_loan where device_id = ?").param(brailliant).update();
      jdbc.sql("update device set state = 'IN_STOCK' where id = ?").param(brailliant).update();
    }
  }

  @Test
  void theTeacherAndParentsAreToldAndAReplacementIsLent() {
    int teacherBefore = told("enseignante.ferry").size();
    int parentBefore = told("parent.nguyen").size();
    int otherParentBefore = told("parent.martin").size();
    signedIn.as("technicien");
    assertThat(loans.borrower(focus))
        .hasValueSatisfying(p -> assertThat(p.full()).isEqualTo("Hugo Nguyen"));

    inventory.changeState(focus, DeviceState.IN_REPAIR);

    assertThat(told("enseignante.ferry")).hasSize(teacherBefore + 1);
    assertThat(told("parent.nguyen")).hasSize(parentBefore + 1);
    assertThat(told("parent.martin")).as("another family is not told").hasSize(otherParentBefore);
    assertThat(told("parent.nguyen").getLast().get(1))
        .isEqualTo("Plage braille Focus 40\u001fHugo");

    loans.lendReplacement(focus, brailliant);
    assertThat(loans.borrower(brailliant))
        .hasValueSatisfying(p -> assertThat(p.full()).isEqualTo("Hugo Nguyen"));
    DeviceDetails replacement = inventory.device(brailliant);
    assertThat(replacement.row().state())
        .as("taken out of stock")
        .isEqualTo(DeviceState.IN_SERVICE);
    assertThat(replacement.history())
        .extracting(DeviceDetails.Change::field)
        .contains("loan", "state");
    assertThat(replacement.loans()).first().satisfies(l -> assertThat(l.returnedAt()).isNull());

    // Repaired: back in service, the replacement comes back to stock.
    inventory.changeState(focus, DeviceState.IN_SERVICE);
    loans.giveBack(brailliant);
    inventory.changeState(brailliant, DeviceState.IN_STOCK);
    assertThat(loans.borrower(brailliant)).isEmpty();
    assertThat(loans.borrower(focus)).isPresent();
    assertThat(told("parent.nguyen")).as("back in service is no repair").hasSize(parentBefore + 1);
  }

  @Test
  void aDeviceLentToNobodyOrNotAssistiveTellsNobody() {
    long total = jdbc.sql("select count(*) from helpdesk_notification").query(Long.class).single();
    signedIn.as("referent.ferry");
    long keyboard =
        jdbc.sql("select id from device where serial = 'KBXL-101-0003'").query(Long.class).single();
    inventory.changeState(keyboard, DeviceState.IN_REPAIR);
    inventory.changeState(keyboard, DeviceState.IN_SERVICE);
    assertThat(jdbc.sql("select count(*) from helpdesk_notification").query(Long.class).single())
        .isEqualTo(total);
  }

  @Test
  void loansStayWithinTheSchoolAndItsReferent() {
    signedIn.as("referent.ferry");
    long keyboard =
        jdbc.sql("select id from device where serial = 'KBXL-101-0003'").query(Long.class).single();
    long pupilElsewhere =
        jdbc.sql(
                "select e.pupil_id from enrolment e join school_class c on c.id = e.class_id"
                    + " join school s on s.id = c.school_id where s.uai = '0420105E' limit 1")
            .query(Long.class)
            .single();
    assertThatThrownBy(() -> loans.lend(keyboard, pupilElsewhere))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> loans.lend(focus, demo.account("lea.martin")))
        .isInstanceOf(InventoryException.class)
        .hasMessage("inventory.error.alreadyLent");
    long pc =
        jdbc.sql("select id from device where serial = '5CG101101'").query(Long.class).single();
    assertThatThrownBy(() -> loans.lend(pc, demo.account("lea.martin")))
        .isInstanceOf(InventoryException.class)
        .hasMessage("inventory.error.notAssistive");
    signedIn.as("directrice.ferry");
    assertThatThrownBy(() -> inventory.changeState(focus, DeviceState.IN_REPAIR))
        .isInstanceOf(AccessDeniedException.class);
    signedIn.as("direction.lamartine");
    assertThatThrownBy(() -> inventory.device(focus)).isInstanceOf(AccessDeniedException.class);
  }
}
