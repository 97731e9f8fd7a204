package fr.passerelle.app.chat;

import org.jspecify.annotations.Nullable;

/**
 * A file sent with a message: its name, its checked type, its size and, for an image, what it shows
 * in its sender's words (its text alternative).
 */
public record AttachmentInfo(
    long id, String fileName, String mediaType, int sizeBytes, @Nullable String description) {

  public boolean image() {
    return mediaType.startsWith("image/");
  }
}
