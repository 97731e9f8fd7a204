package fr.passerelle.app.classspace;

import fr.passerelle.app.reading.EasyReadOwner;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A resource as the caller sees it. {@code missing} is filled only for the class's teachers (who
 * may see the class's needs), as counts; {@code easyRead} is the validated easy-to-read text.
 */
public record ResourceItem(
    long id,
    long classId,
    ResourceKind kind,
    String title,
    String description,
    @Nullable String url,
    @Nullable ResourceFile file,
    @Nullable String textVersion,
    @Nullable String easyRead,
    boolean easyReadWaiting,
    @Nullable ResourceFile largePrint,
    @Nullable ResourceFile audioDescription,
    String authorName,
    Instant updatedAt,
    boolean editable,
    List<MissingAlternative> missing) {

  /** Where its easy-to-read versions are kept. */
  public EasyReadOwner easyReadOwner() {
    return easyReadOwner(id, classId);
  }

  /** Where a resource's easy-to-read versions are kept: its id, in its class. */
  static EasyReadOwner easyReadOwner(long resourceId, long classId) {
    return new EasyReadOwner(ResourceService.EASY_READ_KIND, resourceId, classId);
  }
}
