package fr.passerelle.app.classspace;

import fr.passerelle.app.classspace.internal.Audience;
import fr.passerelle.app.classspace.internal.ClassSpaceStore;
import fr.passerelle.app.classspace.internal.ClassSpaceStore.ResourceRow;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.reading.EasyReadOwner;
import fr.passerelle.app.reading.EasyReadService;
import fr.passerelle.app.reading.EasyReadStatus;
import fr.passerelle.app.speech.TextPublished;
import fr.passerelle.app.territory.ClassService;
import fr.passerelle.app.territory.Need;
import fr.passerelle.app.territory.RosterLine;
import fr.passerelle.app.territory.Scope;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resources shared with a class, with their accessible alternatives.
 *
 * <ul>
 *   <li><b>Readers</b>: the class's pupils, their parents, its teachers, the school's director.
 *   <li><b>Writers</b>: the class's teachers only.
 *   <li><b>What is missing</b>: only the class's teachers see it, as counts of pupils per
 *       alternative, from the needs declared in the class (reading them is audited by the
 *       territory, as any reading of needs).
 *   <li><b>Files</b>: checked on their content ({@link FileUse}), served only to readers.
 * </ul>
 *
 * The easy-to-read version of a resource is an easy-read text of the reading module (owner kind
 * {@value #EASY_READ_KIND}), written and reviewed there; pupils see it once validated.
 */
@Service
@Transactional(readOnly = true)
public class ResourceService {

  public static final String EASY_READ_KIND = "resource";
  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 2000;
  public static final int MAX_TEXT = 20000;
  public static final int MAX_URL = 2000;

  private final ClassSpaceStore store;
  private final Audience audience;
  private final ClassService classes;
  private final EasyReadService easyRead;
  private final Scope scope;
  private final ApplicationEventPublisher events;
  private final SchoolTime time;

  ResourceService(
      ClassSpaceStore store,
      Audience audience,
      ClassService classes,
      EasyReadService easyRead,
      Scope scope,
      ApplicationEventPublisher events,
      SchoolTime time) {
    this.store = store;
    this.audience = audience;
    this.classes = classes;
    this.easyRead = easyRead;
    this.scope = scope;
    this.events = events;
    this.time = time;
  }

  /**
   * The classes the caller may open: a teacher's classes (writable), a pupil's class, the classes
   * of a parent's children, the classes of a director's school.
   */
  @PreAuthorize("hasAnyRole('TEACHER','PUPIL','PARENT','DIRECTOR')")
  public List<ClassChoice> classes() {
    Caller caller = scope.caller();
    List<ClassChoice> choices = new ArrayList<>();
    for (long classId : audience.readableClasses(caller)) {
      choices.add(
          new ClassChoice(
              classId, audience.classLabel(classId).orElse(""), audience.teaches(caller, classId)));
    }
    choices.sort(
        Comparator.comparing(ClassChoice::writable).reversed().thenComparing(ClassChoice::label));
    return choices;
  }

  /** Whether the caller may add and change this class's resources. */
  @PreAuthorize("isAuthenticated()")
  public boolean mayWrite(long classId) {
    return audience.teaches(scope.caller(), classId);
  }

  /**
   * A class's resources, last changed first; for the class's teachers, each says which alternatives
   * are missing for the needs declared in the class, as counts.
   */
  @PreAuthorize("isAuthenticated()")
  public List<ResourceItem> list(long classId, int offset, int limit) {
    Caller caller = requireReader(classId);
    boolean teaches = audience.teaches(caller, classId);
    List<ResourceRow> rows = store.resources(classId, Math.max(0, offset), Math.max(1, limit));
    List<Set<Need>> needs = teaches && !rows.isEmpty() ? classNeeds(classId) : List.of();
    return toItems(rows, teaches, needs);
  }

  @PreAuthorize("isAuthenticated()")
  public long count(long classId) {
    requireReader(classId);
    return store.countResources(classId);
  }

  /** One resource, for those who may see its class. */
  @PreAuthorize("isAuthenticated()")
  public ResourceItem get(long resourceId) {
    Caller caller = scope.caller();
    ResourceRow row =
        store
            .resource(resourceId)
            .filter(r -> audience.reads(caller, r.classId()))
            .orElseThrow(() -> audience.deny(caller, "resource:" + resourceId));
    boolean teaches = audience.teaches(caller, row.classId());
    return toItems(List.of(row), teaches, teaches ? classNeeds(row.classId()) : List.of())
        .getFirst();
  }

  /** Shares a new resource with a class. Only the class's teachers. */
  @PreAuthorize("hasRole('TEACHER')")
  @Transactional
  public ResourceItem create(long classId, ResourceDraft draft) {
    Caller caller = scope.caller();
    if (!audience.teaches(caller, classId)) {
      throw audience.deny(caller, "class-resources:" + classId);
    }
    Checked checked = check(draft, null);
    Instant now = time.now();
    long id =
        store.insertResource(
            classId,
            draft.kind(),
            checked.title(),
            checked.description(),
            checked.url(),
            save(draft.file(), checked.fileType(), now),
            checked.text(),
            save(draft.largePrint(), checked.largePrintType(), now),
            save(draft.audioDescription(), checked.audioDescriptionType(), now),
            caller.id(),
            now);
    publish(checked);
    return get(id);
  }

  /** Changes a resource; files left out stay as they are. Only the class's teachers. */
  @PreAuthorize("hasRole('TEACHER')")
  @Transactional
  public ResourceItem update(long resourceId, ResourceDraft draft) {
    Caller caller = scope.caller();
    ResourceRow row =
        store
            .resource(resourceId)
            .filter(r -> audience.teaches(caller, r.classId()))
            .orElseThrow(() -> audience.deny(caller, "resource:" + resourceId));
    Checked checked = check(draft, row);
    Instant now = time.now();
    Long fileId = draft.kind() == ResourceKind.LINK ? null : row.fileId();
    if (draft.file() != null) {
      fileId = save(draft.file(), checked.fileType(), now);
    }
    Long largePrint =
        draft.largePrint() == null
            ? row.largePrintFileId()
            : save(draft.largePrint(), checked.largePrintType(), now);
    Long audioDescription =
        draft.audioDescription() == null
            ? row.audioDescriptionFileId()
            : save(draft.audioDescription(), checked.audioDescriptionType(), now);
    store.updateResource(
        resourceId,
        draft.kind(),
        checked.title(),
        checked.description(),
        checked.url(),
        fileId,
        checked.text(),
        largePrint,
        audioDescription,
        now);
    publish(checked);
    return get(resourceId);
  }

  /** A file of a resource, for those who may see its class; refused (and audited) otherwise. */
  @PreAuthorize("isAuthenticated()")
  public StoredFile file(long resourceId, FileSlot slot) {
    Caller caller = scope.caller();
    String target = "resource-file:" + resourceId + ":" + slot.name().toLowerCase(Locale.ROOT);
    ResourceRow row =
        store
            .resource(resourceId)
            .filter(r -> audience.reads(caller, r.classId()))
            .orElseThrow(() -> audience.deny(caller, target));
    Long fileId =
        switch (slot) {
          case MAIN -> row.fileId();
          case LARGE_PRINT -> row.largePrintFileId();
          case AUDIO_DESCRIPTION -> row.audioDescriptionFileId();
        };
    if (fileId == null) {
      throw audience.deny(caller, target);
    }
    return store.file(fileId).orElseThrow(() -> audience.deny(caller, target));
  }

  private Caller requireReader(long classId) {
    Caller caller = scope.caller();
    if (!audience.reads(caller, classId)) {
      throw audience.deny(caller, "class-resources:" + classId);
    }
    return caller;
  }

  /** The declared needs of each pupil of the class, read through the territory (audited). */
  private List<Set<Need>> classNeeds(long classId) {
    return classes.roster(classId).pupils().stream().map(RosterLine::needs).toList();
  }

  private record Checked(
      String title,
      String description,
      @Nullable String url,
      @Nullable String text,
      @Nullable String fileType,
      @Nullable String largePrintType,
      @Nullable String audioDescriptionType) {}

  /** Every rule at once, before anything is written: a refusal saves nothing. */
  private static Checked check(ResourceDraft draft, @Nullable ResourceRow existing) {
    String title = draft.title().strip();
    if (title.isEmpty()) {
      throw new ClassSpaceException("resources.error.titleEmpty");
    }
    if (title.length() > MAX_TITLE) {
      throw new ClassSpaceException("resources.error.titleTooLong", MAX_TITLE);
    }
    String description = draft.description().strip();
    if (description.length() > MAX_DESCRIPTION) {
      throw new ClassSpaceException("resources.error.descriptionTooLong", MAX_DESCRIPTION);
    }
    String text = blankToNull(draft.textVersion());
    if (text != null && text.length() > MAX_TEXT) {
      throw new ClassSpaceException("resources.error.textTooLong", MAX_TEXT);
    }
    String url = null;
    String fileType = null;
    if (draft.kind() == ResourceKind.LINK) {
      url = checkedUrl(draft.url());
    } else if (draft.file() != null) {
      fileType =
          (draft.kind() == ResourceKind.AUDIO ? FileUse.AUDIO : FileUse.DOCUMENT)
              .check(draft.file().content());
    } else if (existing == null || existing.fileId() == null || existing.kind() != draft.kind()) {
      throw new ClassSpaceException("resources.error.fileMissing");
    }
    String largePrintType =
        draft.largePrint() == null ? null : FileUse.LARGE_PRINT.check(draft.largePrint().content());
    String audioDescriptionType =
        draft.audioDescription() == null
            ? null
            : FileUse.AUDIO_DESCRIPTION.check(draft.audioDescription().content());
    return new Checked(
        title, description, url, text, fileType, largePrintType, audioDescriptionType);
  }

  private static String checkedUrl(@Nullable String url) {
    String cleaned = url == null ? "" : url.strip();
    try {
      URI uri = new URI(cleaned);
      if (cleaned.length() <= MAX_URL
          && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null) {
        return cleaned;
      }
    } catch (URISyntaxException e) {
      // refused below
    }
    throw new ClassSpaceException("resources.error.url");
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private @Nullable Long save(@Nullable UploadedFile file, @Nullable String type, Instant now) {
    if (file == null || type == null) {
      return null;
    }
    String name = file.name().isBlank() ? "fichier" : file.name().strip();
    return store.insertFile(
        name.length() > 200 ? name.substring(0, 200) : name, type, file.content(), now);
  }

  private void publish(Checked checked) {
    if (checked.text() != null) {
      events.publishEvent(new TextPublished(checked.text(), "fr"));
    }
  }

  private List<ResourceItem> toItems(
      List<ResourceRow> rows, boolean teaches, Collection<Set<Need>> needs) {
    Set<Long> fileIds = new HashSet<>();
    for (ResourceRow r : rows) {
      addIfSet(fileIds, r.fileId());
      addIfSet(fileIds, r.largePrintFileId());
      addIfSet(fileIds, r.audioDescriptionFileId());
    }
    Map<Long, ResourceFile> files = store.fileInfos(fileIds);
    List<ResourceItem> items = new ArrayList<>();
    for (ResourceRow r : rows) {
      EasyReadOwner owner = ResourceItem.easyReadOwner(r.id(), r.classId());
      String easy = easyRead.validated(owner).map(v -> v.text()).orElse(null);
      boolean waiting =
          teaches
              && easy == null
              && easyRead.versions(owner).stream()
                  .anyMatch(v -> v.status() == EasyReadStatus.SUBMITTED);
      ResourceFile largePrint = fileOf(files, r.largePrintFileId());
      ResourceFile audioDescription = fileOf(files, r.audioDescriptionFileId());
      Set<Alternative> present = EnumSet.noneOf(Alternative.class);
      addIf(present, Alternative.TEXT, r.textVersion() != null);
      addIf(present, Alternative.EASY_READ, easy != null);
      addIf(present, Alternative.LARGE_PRINT, largePrint != null);
      addIf(present, Alternative.AUDIO_DESCRIPTION, audioDescription != null);
      items.add(
          new ResourceItem(
              r.id(),
              r.classId(),
              r.kind(),
              r.title(),
              r.description(),
              r.url(),
              fileOf(files, r.fileId()),
              r.textVersion(),
              easy,
              waiting,
              largePrint,
              audioDescription,
              r.authorName(),
              r.updatedAt(),
              teaches,
              teaches ? Alternatives.missing(r.kind(), present, needs) : List.of()));
    }
    return items;
  }

  private static void addIf(Set<Alternative> present, Alternative alternative, boolean has) {
    if (has) {
      present.add(alternative);
    }
  }

  private static void addIfSet(Set<Long> ids, @Nullable Long id) {
    if (id != null) {
      ids.add(id);
    }
  }

  private static @Nullable ResourceFile fileOf(Map<Long, ResourceFile> files, @Nullable Long id) {
    return id == null ? null : files.get(id);
  }
}
