package fr.passerelle.media.visio;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.accessibility.profile.AccessibilityProfile;
import fr.passerelle.accessibility.profile.Preset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CallConfigTest {

  /** A plain JSON reader, as the page's JSON.parse. */
  static final JsonMapper READER = JsonMapper.shared();

  @Test
  void everyoneGetsAFrenchShortMutedCallWithoutPrejoinName() {
    CallConfig call = CallConfig.of(AccessibilityProfile.defaults(), false);
    Map<String, Object> c = call.config();
    assertThat(c).containsEntry("defaultLanguage", "fr").containsEntry("startWithAudioMuted", true);
    assertThat(c.get("prejoinConfig")).isEqualTo(Map.of("enabled", false, "hideDisplayName", true));
    assertThat(c.get("deeplinking")).isEqualTo(Map.of("disabled", true));
    assertThat(c.get("toolbarButtons")).isEqualTo(CallConfig.TOOLBAR);
    @SuppressWarnings("unchecked")
    Map<String, Object> transcription = (Map<String, Object>) c.get("transcription");
    assertThat(transcription).containsEntry("enabled", false);
    @SuppressWarnings("unchecked")
    Map<String, Object> filmstrip = (Map<String, Object>) c.get("filmstrip");
    assertThat(filmstrip).containsEntry("disableStageFilmstrip", false);
  }

  @Test
  void aHearingImpairedPupilHasCaptionsOnInFrench() {
    AccessibilityProfile hearing = Preset.HEARING.applyTo(AccessibilityProfile.defaults());
    @SuppressWarnings("unchecked")
    Map<String, Object> transcription =
        (Map<String, Object>) CallConfig.of(hearing, false).config().get("transcription");
    assertThat(transcription)
        .containsEntry("enabled", true)
        .containsEntry("preferredLanguage", "fr-FR");
  }

  @Test
  void teachersGetTheParticipantsPaneAndSecurity() {
    @SuppressWarnings("unchecked")
    List<String> toolbar =
        (List<String>)
            CallConfig.of(AccessibilityProfile.defaults(), true).config().get("toolbarButtons");
    assertThat(toolbar).contains("participants-pane", "security", "hangup");
  }

  @Test
  void largeTargetsGiveFewerColumnsAndReducedMotionNoReactions() {
    AccessibilityProfile lowVision = Preset.LOW_VISION.applyTo(AccessibilityProfile.defaults());
    assertThat(CallConfig.of(lowVision, false).interfaceConfig())
        .containsEntry("TILE_VIEW_MAX_COLUMNS", 2);
    assertThat(CallConfig.of(AccessibilityProfile.defaults(), false).interfaceConfig())
        .containsEntry("TILE_VIEW_MAX_COLUMNS", 4);
    AccessibilityProfile calm =
        Preset.BLINDNESS_SCREEN_READER.applyTo(AccessibilityProfile.defaults());
    assertThat(CallConfig.of(calm, false).config()).containsEntry("disableReactions", true);
  }

  @Test
  void theJsonCannotCloseAScriptElement() {
    assertThat(ScriptJson.write(Map.of("x", "</script>"))).isEqualTo("{\"x\":\"\\u003c/script>\"}");
  }

  @Test
  void theConfigurationReadsBackAsItWasWritten() {
    CallConfig call = CallConfig.of(AccessibilityProfile.defaults(), true);
    assertThat(READER.readValue(call.configJson(), Map.class)).isEqualTo(call.config());
    assertThat(READER.readValue(call.interfaceConfigJson(), Map.class))
        .isEqualTo(call.interfaceConfig());
  }

  @Test
  void awkwardTextSurvivesTheRoundTripAndStaysSafeInAPage() {
    String awkward =
        "Léa \"la \\ grande\" </script><script>alert(1)</script>\u2028\u2029\n\t\u0001 été \uD83D\uDE00";
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("name", awkward);
    value.put("list", List.of(awkward, "ok"));
    value.put("none", null);
    String json = ScriptJson.write(value);

    assertThat(json).doesNotContain("<", "\u2028", "\u2029", "\n", "\u0001");
    assertThat(json).contains("\\u2028", "\\u2029", "été");
    assertThat(READER.readValue(json, Map.class)).isEqualTo(value);
  }
}
