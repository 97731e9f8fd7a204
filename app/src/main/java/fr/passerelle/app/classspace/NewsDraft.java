package fr.passerelle.app.classspace;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A news post to publish: to one class, or (director only) to the whole school when {@code classId}
 * is null.
 */
public record NewsDraft(
    @Nullable Long classId, String title, String body, List<NewsImageDraft> images) {

  public NewsDraft {
    images = List.copyOf(images);
  }
}
