package fr.passerelle.app.classspace;

import fr.passerelle.app.support.ContentTypes;
import java.util.Set;

/**
 * What a file is for, and so which types (told from the content by {@link ContentTypes}) it may be:
 * a document, an audio, a large-print PDF, an audio description, a news image.
 */
public enum FileUse {
  DOCUMENT(
      Set.of(
          ContentTypes.PDF,
          ContentTypes.ODT,
          ContentTypes.ODS,
          ContentTypes.ODP,
          ContentTypes.DOCX,
          ContentTypes.XLSX,
          ContentTypes.PPTX,
          ContentTypes.PNG,
          ContentTypes.JPEG,
          ContentTypes.GIF,
          ContentTypes.WEBP,
          ContentTypes.TEXT)),
  AUDIO(Set.of(ContentTypes.MP3, ContentTypes.OGG, ContentTypes.WAV)),
  LARGE_PRINT(Set.of(ContentTypes.PDF)),
  AUDIO_DESCRIPTION(Set.of(ContentTypes.MP3, ContentTypes.OGG, ContentTypes.WAV)),
  NEWS_IMAGE(Set.of(ContentTypes.PNG, ContentTypes.JPEG, ContentTypes.GIF, ContentTypes.WEBP));

  /** The largest file accepted, whatever its use: 10 MB. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private final Set<String> types;

  FileUse(Set<String> types) {
    this.types = types;
  }

  /**
   * The file's media type, told from its content; refused when empty, over {@link #MAX_BYTES} or
   * not one of this use's types (an executable renamed {@code .pdf} is refused).
   */
  public String check(byte[] content) {
    if (content.length == 0) {
      throw new ClassSpaceException("resources.file.empty");
    }
    if (content.length > MAX_BYTES) {
      throw new ClassSpaceException("resources.file.tooBig", MAX_BYTES / (1024 * 1024));
    }
    return ContentTypes.detect(content)
        .filter(types::contains)
        .orElseThrow(() -> new ClassSpaceException("resources.file.type." + name()));
  }
}
