package fr.passerelle.app.inventory;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a file cannot be imported: in which file, at which line (CSV, or where JSON stopped making
 * sense) or which field (a JSON path such as {@code content.bios.ssn}), with the bundle key of the
 * reason and its arguments.
 */
public record ImportProblem(
    String file,
    @Nullable Integer line,
    @Nullable String field,
    String key,
    List<Object> arguments) {

  public static ImportProblem atLine(String file, int line, String key, Object... arguments) {
    return new ImportProblem(file, line, null, key, List.of(arguments));
  }

  public static ImportProblem atField(String file, String field, String key, Object... arguments) {
    return new ImportProblem(file, null, field, key, List.of(arguments));
  }
}
