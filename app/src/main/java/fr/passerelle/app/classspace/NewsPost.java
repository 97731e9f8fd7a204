package fr.passerelle.app.classspace;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A published post. {@code classLabel} names its class, or is null for the whole school. */
public record NewsPost(
    long id,
    long schoolId,
    @Nullable Long classId,
    @Nullable String classLabel,
    String title,
    String body,
    String authorName,
    Instant publishedAt,
    List<NewsImage> images) {

  public NewsPost {
    images = List.copyOf(images);
  }
}
