package fr.passerelle.app.inventory;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.inventory.ImportPlan.Action;
import fr.passerelle.app.support.CsvFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** GLPI Agent and CSV imports on realistic files: preview, apply, re-import, malformed files. */
@PasserelleTest
@BothDatabases
class InventoryImportTest {

  static final List<String> SERIALS =
      List.of(
          "7H2K9Z3",
          "MJ0KX8LQ",
          "E78925F2N112233",
          "PRM-CSV-0001",
          "ORB40-CSV-0002",
          "TAB-CSV-0003",
          "PRM-BAD-0001",
          "BAD-0002",
          "BAD-0003",
          "CZC4128BIB",
          "CZC4128UNK",
          "CZC4128XYZ");

  @Autowired InventoryImport imports;
  @Autowired InventoryService inventory;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;
  DemoAccounts demo;

  @BeforeEach
  void setUp() {
    demo = new DemoAccounts(jdbc);
    jdbc.sql("delete from device where serial in (:s)").param("s", SERIALS).update();
    new SignedIn(users).as("technicien");
  }

  @AfterEach
  void tearDown() {
    SignedIn.out();
  }

  static ImportFile fixture(String name) throws IOException {
    try (InputStream in = InventoryImportTest.class.getResourceAsStream("/glpi/" + name)) {
      return new ImportFile(name, in.readAllBytes());
    }
  }

  static List<ImportFile> agentFiles() throws IOException {
    return List.of(
        fixture("windows-desktop.json"),
        fixture("linux-desktop.json"),
        fixture("network-printer.json"));
  }

  long devices() {
    return jdbc.sql("select count(*) from device").query(Long.class).single();
  }

  long history() {
    return jdbc.sql("select count(*) from device_change").query(Long.class).single();
  }

  Map<String, Object> device(String serial) {
    return jdbc.sql("select * from device where serial = ?").param(serial).query().singleRow();
  }

  @Test
  void agentInventoriesArePreviewedThenAppliedAndAReimportChangesNothing() throws IOException {
    long before = devices();
    ImportPlan preview = imports.preview(agentFiles(), null);
    assertThat(preview.problems()).isEmpty();
    assertThat(preview.applied()).isFalse();
    assertThat(preview.items())
        .extracting(ImportPlan.Item::action, ImportPlan.Item::serial, ImportPlan.Item::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Action.CREATE, "7H2K9Z3", DeviceKind.COMPUTER),
            org.assertj.core.groups.Tuple.tuple(Action.CREATE, "MJ0KX8LQ", DeviceKind.COMPUTER),
            org.assertj.core.groups.Tuple.tuple(
                Action.CREATE, "E78925F2N112233", DeviceKind.PRINTER));
    assertThat(devices()).as("a preview writes nothing").isEqualTo(before);

    ImportPlan applied = imports.apply(agentFiles(), null);
    assertThat(applied.applied()).isTrue();
    assertThat(applied.count(Action.CREATE)).isEqualTo(3);
    assertThat(devices()).isEqualTo(before + 3);

    Map<String, Object> windows = device("7H2K9Z3");
    assertThat(windows.get("school_id")).isEqualTo(demo.school("0420101A"));
    assertThat(windows)
        .containsEntry("name", "PC-FERRY-SALLE2")
        .containsEntry("kind", "COMPUTER")
        .containsEntry("manufacturer", "Dell Inc.")
        .containsEntry("model", "OptiPlex 7010")
        .containsEntry("os", "Microsoft Windows 11 Éducation")
        .containsEntry("cpu", "13th Gen Intel(R) Core(TM) i5-13500")
        .containsEntry("memory_mb", 16024)
        .containsEntry("storage_gb", 466)
        .containsEntry("ip_address", "10.42.1.52")
        .containsEntry("mac_address", "b0:4f:13:0a:7c:21")
        .containsEntry("state", "IN_SERVICE")
        .containsEntry("agent_device_id", "PC-FERRY-SALLE2-2024-09-03-08-12-44");
    Map<String, Object> linux = device("MJ0KX8LQ");
    assertThat(linux.get("school_id")).isEqualTo(demo.school("0420102B"));
    assertThat(linux)
        .containsEntry("os", "Ubuntu 24.04.1 LTS")
        .containsEntry("memory_mb", 7812)
        .containsEntry("ip_address", "10.42.2.31");
    Map<String, Object> printer = device("E78925F2N112233");
    assertThat(printer)
        .containsEntry("kind", "PRINTER")
        .containsEntry("name", "BRN3C2AF45B710E")
        .containsEntry("model", "MFC-L8690CDW")
        .containsEntry("page_count", 48213L)
        .containsEntry("page_count_color", 8103L)
        .containsEntry("consumables", "tonerblack 64 %; drumblack 38 %")
        .containsEntry("ip_address", "10.42.1.40");
    assertThat(
            jdbc.sql(
                    "select changed_by from device_change c join device d on d.id = c.device_id"
                        + " where d.serial = '7H2K9Z3' and c.field_name = 'created'")
                .query(String.class)
                .single())
        .isEqualTo("technicien");

    long historyBefore = history();
    Object updatedAt = windows.get("updated_at");
    ImportPlan again = imports.apply(agentFiles(), null);
    assertThat(again.items()).extracting(ImportPlan.Item::action).containsOnly(Action.UNCHANGED);
    assertThat(devices()).isEqualTo(before + 3);
    assertThat(history()).as("a re-import writes no history").isEqualTo(historyBefore);
    assertThat(device("7H2K9Z3").get("updated_at")).isEqualTo(updatedAt);
  }

  @Test
  void aNewerInventoryUpdatesOnlyWhatChangedAndKeepsItsHistory() throws IOException {
    imports.apply(List.of(fixture("windows-desktop.json")), null);
    String newer =
        new String(fixture("windows-desktop.json").content(), StandardCharsets.UTF_8)
            .replace("\"memory\": 16024", "\"memory\": 32048")
            .replace("10.42.1.52", "10.42.1.77");
    List<ImportFile> files = List.of(new ImportFile("windows-2.json", newer.getBytes()));

    ImportPlan preview = imports.preview(files, null);
    assertThat(preview.items())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.action()).isEqualTo(Action.UPDATE);
              assertThat(i.changedFields()).containsExactly("memory_mb", "ip_address");
            });
    imports.apply(files, null);
    assertThat(device("7H2K9Z3")).containsEntry("memory_mb", 32048);
    assertThat(
            jdbc.sql(
                    "select old_value || ' -> ' || new_value from device_change c join device d"
                        + " on d.id = c.device_id where d.serial = '7H2K9Z3'"
                        + " and c.field_name = 'memory_mb'")
                .query(String.class)
                .single())
        .isEqualTo("16024 -> 32048");
  }

  @Test
  void anAgentFileWithoutTagGoesToTheSchoolChosenForTheImport() throws IOException {
    String untagged =
        new String(fixture("linux-desktop.json").content(), StandardCharsets.UTF_8)
            .replace("\"tag\": \"0420102B\",", "");
    List<ImportFile> files = List.of(new ImportFile("untagged.json", untagged.getBytes()));
    assertThat(imports.preview(files, null).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.key()).isEqualTo("inventory.import.noSchool"));
    long lamartine = demo.school("0420105E");
    ImportPlan plan = imports.apply(files, lamartine);
    assertThat(plan.items())
        .singleElement()
        .satisfies(i -> assertThat(i.schoolName()).contains("Lamartine"));
    assertThat(device("MJ0KX8LQ").get("school_id")).isEqualTo(lamartine);
  }

  @Test
  void theCsvFormatImportsAndItsExportReimportsUnchanged() throws IOException {
    ImportPlan plan = imports.apply(List.of(fixture("inventory.csv")), null);
    assertThat(plan.problems()).isEmpty();
    assertThat(plan.count(Action.CREATE)).isEqualTo(3);
    assertThat(device("ORB40-CSV-0002"))
        .containsEntry("kind", "ASSISTIVE")
        .containsEntry("assistive_kind", "BRAILLE_DISPLAY")
        .containsEntry("room", "Classe CE1; armoire")
        .containsEntry("state", "IN_STOCK")
        .containsEntry("supplier", "CECIAA");
    assertThat(device("PRM-CSV-0001")).containsEntry("model", "ActivPanel 9 65\"");
    assertThat(device("TAB-CSV-0003").get("school_id")).isEqualTo(demo.school("0420105E"));
    assertThat(imports.apply(List.of(fixture("inventory.csv")), null).items())
        .extracting(ImportPlan.Item::action)
        .containsOnly(Action.UNCHANGED);

    // The file the list's download link writes.
    String export =
        CsvFiles.forSpreadsheet(
            inventory.export(DeviceFilter.none().inSchool(demo.school("0420101A"))));
    assertThat(export).startsWith(CsvFiles.BOM + "uai;type;nom;salle;numero_serie;");
    assertThat(export).contains("\"Classe CE1; armoire\"");
    long historyBefore = history();
    ImportPlan reimport =
        imports.apply(
            List.of(new ImportFile("export.csv", export.getBytes(StandardCharsets.UTF_8))), null);
    assertThat(reimport.problems()).isEmpty();
    assertThat(reimport.items()).hasSizeGreaterThan(10);
    assertThat(reimport.items()).extracting(ImportPlan.Item::action).containsOnly(Action.UNCHANGED);
    assertThat(history()).isEqualTo(historyBefore);
  }

  @Test
  void malformedAgentFilesAreReportedByFieldOrLineAndNothingIsImported() throws IOException {
    long before = devices();
    long historyBefore = history();
    List<ImportFile> files =
        List.of(
            fixture("windows-desktop.json"),
            fixture("truncated.json"),
            fixture("wrong-types.json"),
            fixture("unknown-school.json"),
            fixture("same-serial-as-windows.json"));
    ImportPlan plan = imports.apply(files, null);
    assertThat(plan.applied()).isFalse();
    assertThat(plan.items()).isEmpty();
    assertThat(plan.problems())
        .extracting(ImportProblem::file, ImportProblem::field, ImportProblem::key)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "wrong-types.json", "content.hardware.memory", "inventory.import.json.number"),
            org.assertj.core.groups.Tuple.tuple(
                "wrong-types.json", "content.cpus", "inventory.import.json.list"),
            org.assertj.core.groups.Tuple.tuple(
                "unknown-school.json", "tag", "inventory.import.unknownUai"),
            org.assertj.core.groups.Tuple.tuple(
                "same-serial-as-windows.json", null, "inventory.import.duplicateSerial"));
    assertThat(plan.problems())
        .filteredOn(p -> p.file().equals("truncated.json"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("inventory.import.json.syntax");
              assertThat(p.line()).isGreaterThanOrEqualTo(14);
            });
    assertThat(devices()).as("nothing half-imported").isEqualTo(before);
    assertThat(history()).isEqualTo(historyBefore);
    assertThat(
            jdbc.sql("select count(*) from device where serial = '7H2K9Z3'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aMalformedCsvIsReportedByLineAndNothingIsImported() throws IOException {
    long before = devices();
    ImportPlan plan = imports.apply(List.of(fixture("bad.csv")), null);
    assertThat(plan.applied()).isFalse();
    assertThat(plan.problems())
        .extracting(ImportProblem::line, ImportProblem::key)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(3, "inventory.import.csv.code"),
            org.assertj.core.groups.Tuple.tuple(3, "inventory.import.csv.date"),
            org.assertj.core.groups.Tuple.tuple(4, "inventory.import.unknownUai"),
            org.assertj.core.groups.Tuple.tuple(5, "inventory.import.duplicateSerial"));
    assertThat(devices()).isEqualTo(before);

    ImportPlan header =
        imports.preview(
            List.of(new ImportFile("x.csv", "uai;type;nom;couleur\n".getBytes())), null);
    assertThat(header.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.key()).isEqualTo("inventory.import.csv.unknownColumn");
              assertThat(p.arguments()).containsExactly("couleur");
            });
  }

  @Test
  void aCsvProblemNamesTheLineOfTheFilePastQuotedLineBreaksAndBlankLines() {
    String header = "uai;type;nom;salle;numero_serie\r\n";
    String text =
        header
            + "0420101A;ordinateur;PC atelier;\"Salle 2\r\nau fond\";LINES-0001\r\n"
            + "\r\n"
            + "0420101A;grille-pain;Grille-pain;Cuisine;LINES-0002\r\n";
    assertThat(
            imports
                .preview(List.of(new ImportFile("lignes.csv", text.getBytes(UTF_8))), null)
                .problems())
        .extracting(ImportProblem::line, ImportProblem::key)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "inventory.import.csv.code"));

    String unclosed = header + "0420101A;ordinateur;PC;Salle 2;LINES-0003\r\n0420101A;\"tbi;x\r\n";
    assertThat(
            imports
                .preview(List.of(new ImportFile("guillemet.csv", unclosed.getBytes(UTF_8))), null)
                .problems())
        .extracting(ImportProblem::line, ImportProblem::key)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "inventory.import.csv.syntax"));
  }

  @Test
  void onlyTechniciansAndAdministratorsImport() throws IOException {
    new SignedIn(users).as("referent.ferry");
    assertThatThrownBy(() -> imports.preview(agentFiles(), null))
        .isInstanceOf(AccessDeniedException.class);
    new SignedIn(users).as("mairie.saint-etienne");
    assertThatThrownBy(() -> imports.apply(agentFiles(), null))
        .isInstanceOf(AccessDeniedException.class);
  }
}
