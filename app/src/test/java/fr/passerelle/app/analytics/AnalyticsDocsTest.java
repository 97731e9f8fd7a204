package fr.passerelle.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every indicator's query is documented: its key appears in docs/analytics.md. */
class AnalyticsDocsTest {

  @Test
  void everyIndicatorIsDocumented() throws IOException {
    String docs = Files.readString(Path.of("../docs/analytics.md"));
    for (IndicatorSource source : IndicatorSources.all()) {
      for (Indicator indicator : source.indicators()) {
        assertThat(docs).as(indicator.key()).contains("`" + indicator.key() + "`");
      }
    }
  }
}
