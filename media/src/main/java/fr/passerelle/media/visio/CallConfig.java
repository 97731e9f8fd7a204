package fr.passerelle.media.visio;

import fr.passerelle.accessibility.profile.AccessibilityProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The IFrame API's {@code configOverwrite} and {@code interfaceConfigOverwrite} for one person,
 * derived from their accessibility profile: French interface, start muted, no prejoin name field,
 * no deep linking, a short toolbar (moderators add the participants pane and security), captions on
 * and in French when the profile asks for them, fewer and larger tiles for large targets, no
 * animated reactions for reduced motion, and the stage filmstrip kept so an interpreter can stay
 * beside the speaker.
 */
public record CallConfig(Map<String, Object> config, Map<String, Object> interfaceConfig) {

  public static final String LANGUAGE = "fr";
  public static final String CAPTIONS_LANGUAGE = "fr-FR";

  /** The toolbar everyone gets. */
  public static final List<String> TOOLBAR =
      List.of(
          "microphone",
          "camera",
          "raisehand",
          "chat",
          "closedcaptions",
          "tileview",
          "hangup",
          "fullscreen",
          "settings");

  /** What moderators add to it. */
  public static final List<String> MODERATOR_TOOLBAR = List.of("participants-pane", "security");

  public static CallConfig of(AccessibilityProfile profile, boolean moderator) {
    List<String> toolbar = new ArrayList<>(TOOLBAR);
    if (moderator) {
      toolbar.addAll(MODERATOR_TOOLBAR);
    }
    if (profile.simplified() && !moderator) {
      toolbar.removeAll(List.of("tileview", "fullscreen", "settings"));
    }
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("defaultLanguage", LANGUAGE);
    config.put("startWithAudioMuted", true);
    config.put("startWithVideoMuted", false);
    config.put("prejoinConfig", map("enabled", false, "hideDisplayName", true));
    config.put("prejoinPageEnabled", false);
    config.put("disableDeepLinking", true);
    config.put("deeplinking", map("disabled", true));
    config.put("toolbarButtons", toolbar);
    config.put("hideConferenceSubject", false);
    config.put("disableReactions", profile.reducedMotion());
    config.put("disableShortcuts", false);
    config.put(
        "transcription",
        map(
            "enabled",
            profile.captions(),
            "preferredLanguage",
            CAPTIONS_LANGUAGE,
            "translationLanguages",
            List.of()));
    config.put("lobby", map("autoKnock", true, "enableChat", false));
    config.put("filmstrip", map("disableStageFilmstrip", false, "stageFilmstripParticipants", 2));
    config.put("tileView", map("numberOfVisibleTiles", profile.largeTargets() ? 4 : 9));
    Map<String, Object> ui = new LinkedHashMap<>();
    ui.put("LANG_DETECTION", false);
    ui.put("TILE_VIEW_MAX_COLUMNS", profile.largeTargets() || profile.textSize() >= 150 ? 2 : 4);
    ui.put("DISABLE_JOIN_LEAVE_NOTIFICATIONS", true);
    ui.put("SHOW_CHROME_EXTENSION_BANNER", false);
    ui.put("MOBILE_APP_PROMO", false);
    ui.put("DISABLE_FOCUS_INDICATOR", false);
    ui.put("VIDEO_QUALITY_LABEL_DISABLED", true);
    return new CallConfig(config, ui);
  }

  /** Whether captions start on, in French: the profile asks for them. */
  public static boolean captionsOn(AccessibilityProfile profile) {
    return profile.captions();
  }

  public String configJson() {
    return ScriptJson.write(config);
  }

  public String interfaceConfigJson() {
    return ScriptJson.write(interfaceConfig);
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
