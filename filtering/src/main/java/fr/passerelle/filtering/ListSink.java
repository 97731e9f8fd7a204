package fr.passerelle.filtering;

/** Receives the entries of category lists as they are read, already normalised. */
public interface ListSink {

  /** A domain (in ASCII, lower case) that the category covers with its subdomains. */
  void domain(String category, String domain);

  /** A URL prefix ({@code host/path}, see {@link Hosts#urlKey}). */
  void url(String category, String urlKey);

  /** A regular expression matched against the whole URL (already checked to compile). */
  void expression(String category, String regex);

  /**
   * The size in bytes of a list file about to be read ({@code domains}, {@code urls}...), so that
   * room can be made at once (ignored unless needed).
   */
  default void expect(String category, String kind, long bytes) {}

  /** What the category is for, from its {@code usage} file (ignored unless needed). */
  default void usage(String category, ListUsage usage) {}

  /** A line skipped because it is malformed. Reading goes on. */
  void problem(ListProblem problem);
}
