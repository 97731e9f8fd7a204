package fr.passerelle.app.classspace;

import fr.passerelle.app.territory.Need;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which alternatives a resource should have for the needs declared in its class. A pupil counts
 * once for an alternative, however many of their needs ask for it.
 *
 * <table>
 *   <caption>Alternatives wanted, by need and kind of resource</caption>
 *   <tr><th>need</th><th>document</th><th>link</th><th>audio</th></tr>
 *   <tr><td>large print</td><td>text, large print, audio description</td>
 *       <td>text, audio description</td><td>—</td></tr>
 *   <tr><td>screen reader</td><td>text, audio description</td><td>text, audio description</td>
 *       <td>—</td></tr>
 *   <tr><td>reading support</td><td>easy-to-read, text</td><td>easy-to-read, text</td>
 *       <td>easy-to-read</td></tr>
 *   <tr><td>simplified content, attention</td><td>easy-to-read</td><td>easy-to-read</td>
 *       <td>easy-to-read</td></tr>
 *   <tr><td>hearing support</td><td>—</td><td>—</td><td>text</td></tr>
 *   <tr><td>switch access, remote attendance</td><td>—</td><td>—</td><td>—</td></tr>
 * </table>
 */
public final class Alternatives {

  private Alternatives() {}

  /** The alternatives a pupil with this need wants for a resource of this kind. */
  public static Set<Alternative> wanted(Need need, ResourceKind kind) {
    Set<Alternative> wanted =
        switch (need) {
          case LARGE_PRINT ->
              EnumSet.of(Alternative.TEXT, Alternative.LARGE_PRINT, Alternative.AUDIO_DESCRIPTION);
          case SCREEN_READER -> EnumSet.of(Alternative.TEXT, Alternative.AUDIO_DESCRIPTION);
          case READING_SUPPORT -> EnumSet.of(Alternative.EASY_READ, Alternative.TEXT);
          case SIMPLIFIED_CONTENT, ATTENTION_SUPPORT -> EnumSet.of(Alternative.EASY_READ);
          case HEARING_SUPPORT ->
              kind == ResourceKind.AUDIO
                  ? EnumSet.of(Alternative.TEXT)
                  : EnumSet.noneOf(Alternative.class);
          case SWITCH_ACCESS, REMOTE_ATTENDANCE -> EnumSet.noneOf(Alternative.class);
        };
    wanted.retainAll(applicable(kind, need));
    return wanted;
  }

  /**
   * What a resource lacks for its class: each alternative it does not have that at least one pupil
   * wants, with how many pupils want it, in the order of {@link Alternative}.
   *
   * @param pupilsNeeds the declared needs of each pupil of the class, one set per pupil
   */
  public static List<MissingAlternative> missing(
      ResourceKind kind, Set<Alternative> present, Collection<Set<Need>> pupilsNeeds) {
    List<MissingAlternative> missing = new ArrayList<>();
    for (Alternative alternative : Alternative.values()) {
      if (present.contains(alternative)) {
        continue;
      }
      int pupils = 0;
      for (Set<Need> needs : pupilsNeeds) {
        if (needs.stream().anyMatch(n -> wanted(n, kind).contains(alternative))) {
          pupils++;
        }
      }
      if (pupils > 0) {
        missing.add(new MissingAlternative(alternative, pupils));
      }
    }
    return missing;
  }

  /** What makes sense for a kind: an audio is neither printed large nor described. */
  private static Set<Alternative> applicable(ResourceKind kind, Need need) {
    return switch (kind) {
      case DOCUMENT -> EnumSet.allOf(Alternative.class);
      case LINK ->
          EnumSet.of(Alternative.TEXT, Alternative.EASY_READ, Alternative.AUDIO_DESCRIPTION);
      case AUDIO ->
          need == Need.HEARING_SUPPORT
              ? EnumSet.of(Alternative.TEXT)
              : EnumSet.of(Alternative.EASY_READ);
    };
  }
}
