package fr.passerelle.app.speech;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.ModuleTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

/** Any feature → speech: a published text is synthesised into the shared cache in advance. */
@ModuleTest
class PreSynthesisModuleTest {

  @Autowired JdbcClient jdbc;

  @Test
  void aPublishedTextIsInTheSpeechCacheBeforeAnyoneAsks(Scenario scenario) {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String text = "Les devoirs pour jeudi, numéro " + marker + ".";
    scenario
        .publish(new TextPublished(text, "fr"))
        .andWaitForStateChange(
            () ->
                jdbc.sql("select count(*) from speech_cache where spoken_text like ?")
                    .param("%" + marker + "%")
                    .query(Long.class)
                    .single(),
            count -> count > 0)
        .andVerify(count -> assertThat(count).isOne());
  }
}
