package fr.passerelle.app.inventory.internal;

import fr.passerelle.app.inventory.AssistiveKind;
import fr.passerelle.app.inventory.DeviceKind;
import fr.passerelle.app.inventory.DeviceState;
import fr.passerelle.app.inventory.ImportProblem;
import fr.passerelle.app.support.CsvFiles;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The inventory's CSV format (docs/inventory-import.md): UTF-8, semicolon-separated, a header line
 * naming the columns (any order), values quoted with double quotes when they hold a semicolon, a
 * quote or a line break. Codes are French words, the same in the export and the import. The file is
 * read and written by {@link CsvFiles} (which keeps a spreadsheet from running a cell as a
 * formula); this class knows the columns and their codes.
 */
public final class CsvInventory {

  public static final List<String> COLUMNS =
      List.of(
          "uai",
          "type",
          "nom",
          "salle",
          "numero_serie",
          "fabricant",
          "modele",
          "date_achat",
          "fin_garantie",
          "fournisseur",
          "etat",
          "type_aide");

  private static final Map<String, DeviceKind> KINDS =
      Map.of(
          "ordinateur", DeviceKind.COMPUTER,
          "imprimante", DeviceKind.PRINTER,
          "reseau", DeviceKind.NETWORK,
          "acces_internet", DeviceKind.INTERNET_ACCESS,
          "tablette", DeviceKind.TABLET,
          "tbi", DeviceKind.INTERACTIVE_BOARD,
          "aide_technique", DeviceKind.ASSISTIVE);
  private static final Map<String, DeviceState> STATES =
      Map.of(
          "en_service", DeviceState.IN_SERVICE,
          "en_reparation", DeviceState.IN_REPAIR,
          "en_stock", DeviceState.IN_STOCK,
          "reforme", DeviceState.RETIRED);
  private static final Map<String, AssistiveKind> AIDS =
      Map.of(
          "plage_braille", AssistiveKind.BRAILLE_DISPLAY,
          "clavier_adapte", AssistiveKind.ADAPTED_KEYBOARD,
          "contacteur", AssistiveKind.SWITCH,
          "loupe", AssistiveKind.MAGNIFIER,
          "tablette_vocale", AssistiveKind.SPEECH_TABLET);

  private CsvInventory() {}

  /** The header line's cells, the columns in the export's order. */
  public static List<@Nullable String> header() {
    return List.copyOf(COLUMNS);
  }

  /** One exported line's cells, from the export query's columns. */
  public static List<@Nullable String> cells(ResultSet rs) throws SQLException {
    List<@Nullable String> cells = new ArrayList<>();
    cells.add(rs.getString("uai"));
    cells.add(code(KINDS, DeviceKind.valueOf(rs.getString("kind"))));
    cells.add(rs.getString("name"));
    cells.add(rs.getString("room"));
    cells.add(rs.getString("serial"));
    cells.add(rs.getString("manufacturer"));
    cells.add(rs.getString("model"));
    java.sql.Date bought = rs.getDate("purchase_date");
    cells.add(bought == null ? null : bought.toLocalDate().toString());
    java.sql.Date warranty = rs.getDate("warranty_end");
    cells.add(warranty == null ? null : warranty.toLocalDate().toString());
    cells.add(rs.getString("supplier"));
    cells.add(code(STATES, DeviceState.valueOf(rs.getString("state"))));
    String aid = rs.getString("assistive_kind");
    cells.add(aid == null ? null : code(AIDS, AssistiveKind.valueOf(aid)));
    return cells;
  }

  /** Reads a CSV file; problems are added by line and nothing is returned for a bad line. */
  public static List<ParsedDevice> read(String file, byte[] content, List<ImportProblem> problems) {
    List<ParsedDevice> devices = new ArrayList<>();
    List<Row> rows;
    try {
      rows =
          CsvFiles.read(new String(content, StandardCharsets.UTF_8)).stream()
              .map(l -> new Row((int) l.line(), l.cells()))
              .toList();
    } catch (CsvFiles.CsvException e) {
      problems.add(ImportProblem.atLine(file, (int) e.line(), "inventory.import.csv.syntax"));
      return devices;
    }
    if (rows.isEmpty()) {
      problems.add(ImportProblem.atLine(file, 1, "inventory.import.csv.empty"));
      return devices;
    }
    List<String> header =
        rows.getFirst().cells().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      if (!COLUMNS.contains(header.get(i))) {
        problems.add(
            ImportProblem.atLine(file, 1, "inventory.import.csv.unknownColumn", header.get(i)));
        return devices;
      }
      index.put(header.get(i), i);
    }
    for (String required : List.of("uai", "type", "nom", "numero_serie")) {
      if (!index.containsKey(required)) {
        problems.add(ImportProblem.atLine(file, 1, "inventory.import.csv.missingColumn", required));
        return devices;
      }
    }
    for (Row row : rows.subList(1, rows.size())) {
      if (row.cells().stream().allMatch(String::isBlank)) {
        continue;
      }
      if (row.cells().size() != header.size()) {
        problems.add(
            ImportProblem.atLine(
                file,
                row.line(),
                "inventory.import.csv.cellCount",
                header.size(),
                row.cells().size()));
        continue;
      }
      Map<String, String> cell = new HashMap<>();
      index.forEach((column, i) -> cell.put(column, row.cells().get(i).strip()));
      int before = problems.size();
      Map<String, @Nullable Object> values = new LinkedHashMap<>();
      DeviceKind kind = decode(KINDS, cell.get("type"), "type", file, row.line(), problems);
      values.put("kind", kind);
      values.put("name", required(cell, "nom", file, row.line(), problems));
      String serial = required(cell, "numero_serie", file, row.line(), problems);
      values.put("serial", serial);
      String uai = required(cell, "uai", file, row.line(), problems);
      optional(cell, "salle", "room", values);
      optional(cell, "fabricant", "manufacturer", values);
      optional(cell, "modele", "model", values);
      optional(cell, "fournisseur", "supplier", values);
      date(cell, "date_achat", "purchase_date", values, file, row.line(), problems);
      date(cell, "fin_garantie", "warranty_end", values, file, row.line(), problems);
      if (index.containsKey("etat")) {
        String state = cell.get("etat");
        values.put(
            "state",
            state.isEmpty()
                ? DeviceState.IN_SERVICE
                : decode(STATES, state, "etat", file, row.line(), problems));
      }
      AssistiveKind aid = null;
      if (index.containsKey("type_aide") && !cell.get("type_aide").isEmpty()) {
        aid = decode(AIDS, cell.get("type_aide"), "type_aide", file, row.line(), problems);
      }
      if (kind == DeviceKind.ASSISTIVE && aid == null && problems.size() == before) {
        problems.add(ImportProblem.atLine(file, row.line(), "inventory.import.csv.aidRequired"));
      }
      if (kind != null && kind != DeviceKind.ASSISTIVE && aid != null) {
        problems.add(
            ImportProblem.atLine(file, row.line(), "inventory.import.csv.aidOnlyAssistive"));
      }
      values.put("assistive_kind", aid);
      if (values.get("purchase_date") instanceof LocalDate b
          && values.get("warranty_end") instanceof LocalDate w
          && w.isBefore(b)) {
        problems.add(
            ImportProblem.atLine(file, row.line(), "inventory.error.warrantyBeforePurchase"));
      }
      if (problems.size() == before) {
        devices.add(new ParsedDevice(file, row.line(), uai, serial, values));
      }
    }
    return devices;
  }

  private static String required(
      Map<String, String> cell,
      String column,
      String file,
      int line,
      List<ImportProblem> problems) {
    String value = cell.get(column);
    if (value == null || value.isEmpty()) {
      problems.add(ImportProblem.atLine(file, line, "inventory.import.csv.required", column));
      return "";
    }
    return value;
  }

  private static void optional(
      Map<String, String> cell, String column, String field, Map<String, @Nullable Object> values) {
    if (cell.containsKey(column)) {
      values.put(field, cell.get(column).isEmpty() ? null : cell.get(column));
    }
  }

  private static void date(
      Map<String, String> cell,
      String column,
      String field,
      Map<String, @Nullable Object> values,
      String file,
      int line,
      List<ImportProblem> problems) {
    if (!cell.containsKey(column)) {
      return;
    }
    String value = cell.get(column);
    if (value.isEmpty()) {
      values.put(field, null);
      return;
    }
    try {
      values.put(field, LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      problems.add(ImportProblem.atLine(file, line, "inventory.import.csv.date", column, value));
    }
  }

  private static <T> @Nullable T decode(
      Map<String, T> codes,
      @Nullable String value,
      String column,
      String file,
      int line,
      List<ImportProblem> problems) {
    T decoded = value == null ? null : codes.get(value.toLowerCase(Locale.ROOT));
    if (decoded == null) {
      problems.add(
          ImportProblem.atLine(
              file,
              line,
              "inventory.import.csv.code",
              column,
              value == null ? "" : value,
              String.join(", ", codes.keySet().stream().sorted().toList())));
    }
    return decoded;
  }

  private static <T> String code(Map<String, T> codes, T value) {
    return codes.entrySet().stream()
        .filter(e -> e.getValue().equals(value))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  private record Row(int line, List<String> cells) {}
}
