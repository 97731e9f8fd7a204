package fr.passerelle.filtering;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The small UT1-layout lists under {@code src/test/resources/ut1}. */
final class Fixtures {

  private Fixtures() {}

  static Path folder() {
    try {
      return Path.of(Fixtures.class.getResource("/ut1/blacklists").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static CompiledLists lists() throws IOException {
    return CompiledLists.compile(folder(), 16);
  }

  private static CompiledLists shared;

  /** The fixture lists compiled once for the tests that only read them. */
  static synchronized CompiledLists shared() {
    if (shared == null) {
      try {
        shared = lists();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return shared;
  }

  /** Records what a reader hands over. */
  static final class Recorder implements ListSink {
    final List<String> entries = new ArrayList<>();
    final List<ListProblem> problems = new ArrayList<>();

    @Override
    public void domain(String category, String domain) {
      entries.add(category + " domain " + domain);
    }

    @Override
    public void url(String category, String urlKey) {
      entries.add(category + " url " + urlKey);
    }

    @Override
    public void expression(String category, String regex) {
      entries.add(category + " expression " + regex);
    }

    @Override
    public void problem(ListProblem problem) {
      problems.add(problem);
    }
  }
}
