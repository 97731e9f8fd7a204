package fr.passerelle.app.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Lists, filters, edits with history, and figures, for each role. */
@PasserelleTest
class InventoryScopeTest {

  @Autowired InventoryService inventory;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;
  SignedIn signedIn;
  DemoAccounts demo;

  @BeforeEach
  void setUp() {
    signedIn = new SignedIn(users);
    demo = new DemoAccounts(jdbc);
  }

  @AfterEach
  void tearDown() {
    SignedIn.out();
  }

  @Test
  void techniciansSeeEverySchoolAndFilter() {
    signedIn.as("technicien");
    long all = inventory.count(DeviceFilter.none());
    long ferry = demo.school("0420101A");
    assertThat(all).isGreaterThan(inventory.count(DeviceFilter.none().inSchool(ferry)));
    var saintEtienne =
        new DeviceFilter(demo.commune("Saint-Étienne"), null, null, null, null, null, null);
    assertThat(inventory.page(saintEtienne, DeviceSort.SCHOOL, true, 0, 500))
        .extracting(DeviceRow::communeName)
        .containsOnly("Saint-Étienne");
    var printers = DeviceFilter.none().ofKind(DeviceKind.PRINTER);
    assertThat(inventory.page(printers, DeviceSort.NAME, true, 0, 50))
        .isNotEmpty()
        .extracting(DeviceRow::kind)
        .containsOnly(DeviceKind.PRINTER);
    LocalDate today = LocalDate.now();
    var ending = new DeviceFilter(null, null, null, null, today, today.plusMonths(12), null);
    assertThat(inventory.page(ending, DeviceSort.WARRANTY_END, true, 0, 500))
        .allSatisfy(r -> assertThat(r.warrantyEnd()).isBetween(today, today.plusMonths(12)));
    var byName = inventory.page(DeviceFilter.none(), DeviceSort.NAME, false, 0, 3);
    assertThat(byName).hasSize(3);
    assertThat(byName.get(0).name().compareTo(byName.get(1).name())).isGreaterThanOrEqualTo(0);
  }

  @Test
  void aDirectorAndAReferentSeeTheirSchoolOnly() {
    long ferry = demo.school("0420101A");
    signedIn.as("directrice.ferry");
    assertThat(inventory.page(DeviceFilter.none(), DeviceSort.NAME, true, 0, 500))
        .extracting(DeviceRow::schoolId)
        .containsOnly(ferry);
    assertThatThrownBy(() -> inventory.count(DeviceFilter.none().inSchool(demo.school("0420102B"))))
        .isInstanceOf(AccessDeniedException.class);
    long pc =
        jdbc.sql("select id from device where serial = '5CG101101'").query(Long.class).single();
    assertThatThrownBy(() -> inventory.changeState(pc, DeviceState.IN_REPAIR))
        .isInstanceOf(AccessDeniedException.class);
    signedIn.as("mairie.saint-etienne");
    assertThatThrownBy(() -> inventory.count(DeviceFilter.none()))
        .isInstanceOf(AccessDeniedException.class);
    signedIn.as("enseignante.ferry");
    assertThatThrownBy(() -> inventory.page(DeviceFilter.none(), DeviceSort.NAME, true, 0, 10))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theReferentEditsTheirSchoolsDevicesAndEveryChangeIsKept() {
    signedIn.as("referent.ferry");
    long ferry = demo.school("0420101A");
    long id =
        inventory.create(
            new DeviceDraft(
                ferry,
                DeviceKind.TABLET,
                null,
                "Tablette CP 7",
                "Classe CP",
                "SCOPE-TAB-" + System.nanoTime(),
                "Samsung",
                "Galaxy Tab A9",
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 9, 1),
                "UGAP",
                DeviceState.IN_SERVICE));
    DeviceDetails created = inventory.device(id);
    var draft =
        new DeviceDraft(
            ferry,
            DeviceKind.TABLET,
            null,
            "Tablette CP 7",
            "Classe CE1",
            created.row().serial(),
            "Samsung",
            "Galaxy Tab A9",
            LocalDate.of(2025, 9, 1),
            LocalDate.of(2027, 9, 1),
            "UGAP",
            DeviceState.IN_SERVICE);
    assertThat(inventory.update(id, draft)).containsExactly("room");
    assertThat(inventory.update(id, draft)).isEmpty();
    assertThat(inventory.device(id).history())
        .first()
        .satisfies(
            c -> {
              assertThat(c.by()).isEqualTo("referent.ferry");
              assertThat(c.field()).isEqualTo("room");
              assertThat(c.oldValue()).isEqualTo("Classe CP");
              assertThat(c.newValue()).isEqualTo("Classe CE1");
            });
    assertThatThrownBy(
            () ->
                inventory.create(
                    new DeviceDraft(
                        demo.school("0420102B"),
                        DeviceKind.TABLET,
                        null,
                        "x",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        DeviceState.IN_SERVICE)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                inventory.create(
                    new DeviceDraft(
                        ferry,
                        DeviceKind.TABLET,
                        null,
                        "Doublon",
                        null,
                        "5CG101101",
                        null,
                        null,
                        null,
                        null,
                        null,
                        DeviceState.IN_SERVICE)))
        .isInstanceOf(InventoryException.class)
        .hasMessage("inventory.error.serialTaken");
  }

  @Test
  void aPrintersCountersAreKeptAndEachRefusalSaysWhy() {
    signedIn.as("technicien");
    long ferry = demo.school("0420101A");
    String serial = "SCOPE-PRN-" + System.nanoTime();
    long id =
        inventory.create(
            new DeviceDraft(
                ferry,
                DeviceKind.PRINTER,
                null,
                "Imprimante salle des maîtres",
                "Salle des maîtres",
                serial,
                "Brother",
                "HL-L5210DN",
                LocalDate.of(2024, 1, 15),
                LocalDate.of(2027, 1, 15),
                "UGAP",
                DeviceState.IN_SERVICE,
                1200L,
                null,
                "toner noir 60 %"));
    assertThat(inventory.device(id))
        .satisfies(
            d -> {
              assertThat(d.pageCount()).isEqualTo(1200L);
              assertThat(d.consumables()).isEqualTo("toner noir 60 %");
              assertThat(d.supplier()).isEqualTo("UGAP");
              assertThat(d.history()).extracting(DeviceDetails.Change::field).contains("created");
            });
    assertThat(
            inventory.update(
                id,
                new DeviceDraft(
                    ferry,
                    DeviceKind.PRINTER,
                    null,
                    "Imprimante salle des maîtres",
                    "Salle des maîtres",
                    serial,
                    "Brother",
                    "HL-L5210DN",
                    LocalDate.of(2024, 1, 15),
                    LocalDate.of(2027, 1, 15),
                    "UGAP",
                    DeviceState.IN_SERVICE,
                    1450L,
                    null,
                    "toner noir 20 %")))
        .containsExactly("page_count", "consumables");
    record Case(DeviceDraft draft, String key) {}
    for (Case c :
        List.of(
            new Case(
                draft(ferry, DeviceKind.COMPUTER, null, " ", null, null, null), "nameRequired"),
            new Case(
                draft(ferry, DeviceKind.ASSISTIVE, null, "Loupe", null, null, null),
                "assistiveKind"),
            new Case(
                draft(
                    ferry,
                    DeviceKind.COMPUTER,
                    null,
                    "PC",
                    LocalDate.of(2025, 1, 1),
                    LocalDate.of(2024, 1, 1),
                    null),
                "warrantyBeforePurchase"),
            new Case(draft(ferry, DeviceKind.PRINTER, null, "Imp", null, null, -1L), "pageCount"),
            new Case(
                draft(ferry, DeviceKind.COMPUTER, null, "Copie", null, null, null, serial),
                "serialTaken"))) {
      assertThatThrownBy(() -> inventory.create(c.draft()))
          .as(c.key())
          .isInstanceOf(InventoryException.class)
          .hasMessage("inventory.error." + c.key());
    }
    signedIn.as("directrice.ferry");
    assertThat(inventory.mayCreate()).as("the director reads the inventory").isFalse();
    assertThatThrownBy(
            () -> inventory.create(draft(ferry, DeviceKind.COMPUTER, null, "PC", null, null, null)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theCountIsTheListsLengthUnderEveryFilter() {
    signedIn.as("technicien");
    long commune =
        jdbc.sql("select commune_id from school where uai = '0420101A'").query(Long.class).single();
    for (DeviceFilter f :
        List.of(
            DeviceFilter.none(),
            new DeviceFilter(commune, null, null, null, null, null, null),
            new DeviceFilter(
                commune, null, DeviceKind.ASSISTIVE, DeviceState.IN_SERVICE, null, null, null),
            new DeviceFilter(
                null,
                demo.school("0420101A"),
                null,
                null,
                LocalDate.now(),
                LocalDate.now().plusYears(3),
                null))) {
      assertThat(inventory.count(f))
          .as("%s", f)
          .isEqualTo(inventory.page(f, DeviceSort.SCHOOL, true, 0, 1000).size());
    }
  }

  private static DeviceDraft draft(
      long school,
      DeviceKind kind,
      @org.jspecify.annotations.Nullable AssistiveKind assistive,
      String name,
      @org.jspecify.annotations.Nullable LocalDate bought,
      @org.jspecify.annotations.Nullable LocalDate warranty,
      @org.jspecify.annotations.Nullable Long pages) {
    return draft(school, kind, assistive, name, bought, warranty, pages, null);
  }

  private static DeviceDraft draft(
      long school,
      DeviceKind kind,
      @org.jspecify.annotations.Nullable AssistiveKind assistive,
      String name,
      @org.jspecify.annotations.Nullable LocalDate bought,
      @org.jspecify.annotations.Nullable LocalDate warranty,
      @org.jspecify.annotations.Nullable Long pages,
      @org.jspecify.annotations.Nullable String serial) {
    return new DeviceDraft(
        school,
        kind,
        assistive,
        name,
        null,
        serial,
        null,
        null,
        bought,
        warranty,
        null,
        DeviceState.IN_SERVICE,
        pages,
        null,
        null);
  }

  @Test
  void townHallStaffReadTheirCommunesFiguresOnly() {
    signedIn.as("mairie.saint-etienne");
    assertThat(inventory.figures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.communeName()).isEqualTo("Saint-Étienne");
              assertThat(f.devices()).isGreaterThan(0);
              assertThat(f.pupils()).isGreaterThan(0);
              assertThat(f.devicesPerPupil()).isPositive();
              assertThat(f.meanAgeYears()).isPositive();
              assertThat(f.meanHoursToResolve()).isPositive();
            });
    signedIn.as("technicien");
    assertThat(inventory.figures()).hasSize(8);
    signedIn.as("directrice.ferry");
    assertThatThrownBy(() -> inventory.figures()).isInstanceOf(AccessDeniedException.class);
  }
}
