package fr.passerelle.app.filtering.ui;

import com.vaadin.flow.component.Component;

/**
 * Why the engine could not read an address, in the reader's language. The engine blocks such a
 * request (scope {@code invalid}) with its reason in English as the rule, {@code unparseable
 * request: bad percent-encoding}; this names the kind of fault, and the view shows the engine's
 * words beside it as the detail.
 */
final class Unreadable {

  static final String PREFIX = "unparseable request: ";
  private static final String SCHEME = "unsupported scheme ";

  private Unreadable() {}

  /** The translated reason of a rule such as {@code unparseable request: no host}. */
  static String reason(Component in, String rule) {
    String problem = rule.startsWith(PREFIX) ? rule.substring(PREFIX.length()) : rule;
    if (problem.startsWith(SCHEME)) {
      return in.getTranslation(
          "filtering.test.unreadable.scheme", problem.substring(SCHEME.length()));
    }
    String kind =
        switch (problem) {
          case "no host" -> "noHost";
          case "invalid host name" -> "host";
          case "bad port" -> "port";
          case "bad percent-encoding" -> "percent";
          default -> "other";
        };
    return in.getTranslation("filtering.test.unreadable." + kind);
  }
}
