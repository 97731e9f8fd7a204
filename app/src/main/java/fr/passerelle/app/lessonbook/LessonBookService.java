package fr.passerelle.app.lessonbook;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.lessonbook.internal.LessonBookStore;
import fr.passerelle.app.lessonbook.internal.LessonBookStore.Row;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.platform.NoCallerCheck;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.reading.EasyReadOwner;
import fr.passerelle.app.reading.EasyReadService;
import fr.passerelle.app.reading.EasyReadVersion;
import fr.passerelle.app.speech.TextPublished;
import fr.passerelle.app.support.ContentTypes;
import fr.passerelle.app.territory.ClassService;
import fr.passerelle.app.territory.ClassSummary;
import fr.passerelle.app.territory.Memberships;
import fr.passerelle.app.territory.Scope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lesson book (cahier de textes) and homework.
 *
 * <ul>
 *   <li><b>Writers</b>: the teachers of the class, and only them.
 *   <li><b>Staff readers</b>: the class's teachers and the director of its school see every entry
 *       of the class and who has done each homework.
 *   <li><b>Pupils</b> see their own class's entries written for the whole class or naming them, and
 *       mark homework done (and undo it).
 *   <li><b>Parents</b> see what each of their own children sees.
 *   <li>Files are served only to those who may see their entry. Refusals are audited.
 * </ul>
 *
 * Files are checked on their content ({@link ContentTypes}), never their name, before anything is
 * written: a refused file leaves the entry as it was.
 */
@Service
@Transactional(readOnly = true)
public class LessonBookService {

  public static final int MAX_TITLE = 120;
  public static final int MAX_TEXT = 4000;
  public static final int MAX_FILE_MB = 5;
  public static final int MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;
  public static final int MAX_FILES = 5;
  private static final int MAX_FILE_NAME = 160;

  /** What a file may be, told from its content: documents, pictures, sound, plain text. */
  public static final Set<String> FILE_TYPES =
      Set.of(
          ContentTypes.PDF,
          ContentTypes.PNG,
          ContentTypes.JPEG,
          ContentTypes.GIF,
          ContentTypes.WEBP,
          ContentTypes.MP3,
          ContentTypes.OGG,
          ContentTypes.WAV,
          ContentTypes.ODT,
          ContentTypes.DOCX,
          ContentTypes.TEXT);

  private final LessonBookStore store;
  private final ClassService classes;
  private final Memberships memberships;
  private final People people;
  private final Scope scope;
  private final EasyReadService easyRead;
  private final ApplicationEventPublisher events;
  private final LiveSignals live;
  private final SchoolTime time;

  LessonBookService(
      LessonBookStore store,
      ClassService classes,
      Memberships memberships,
      People people,
      Scope scope,
      EasyReadService easyRead,
      ApplicationEventPublisher events,
      LiveSignals live,
      SchoolTime time) {
    this.store = store;
    this.classes = classes;
    this.memberships = memberships;
    this.people = people;
    this.scope = scope;
    this.easyRead = easyRead;
    this.events = events;
    this.live = live;
    this.time = time;
  }

  /**
   * Checks a file as the service will when the entry is saved: not empty, at most {@value
   * #MAX_FILE_MB} MB, and one of {@link #FILE_TYPES} by its content. Returns its media type.
   */
  @NoCallerCheck("looks at the bytes a teacher is about to send; reads and writes nothing")
  public static String checkFile(NewFile file) {
    String name = file.fileName();
    if (file.content().length == 0) {
      throw new LessonBookException("lessonbook.error.fileEmpty", name);
    }
    if (file.content().length > MAX_FILE_BYTES) {
      throw new LessonBookException("lessonbook.error.fileTooBig", name, MAX_FILE_MB);
    }
    return ContentTypes.detect(file.content())
        .filter(FILE_TYPES::contains)
        .orElseThrow(() -> new LessonBookException("lessonbook.error.fileType", name));
  }

  // ---- teachers ----

  /** The classes the calling teacher writes for. */
  @PreAuthorize("hasRole('TEACHER')")
  public List<ClassSummary> myClasses() {
    return classes.myClasses();
  }

  /** The pupils of one of the caller's classes, to choose whom homework is for. */
  @PreAuthorize("hasRole('TEACHER')")
  public List<PersonName> pupilsOf(long classId) {
    Caller caller = scope.caller();
    requireTeacher(caller, classId, "class:" + classId);
    return people.names(memberships.pupilsOf(classId));
  }

  /**
   * Writes a new entry ({@code entryId} null) or changes one, with new files. Everything is checked
   * before anything is written: a refusal leaves the book as it was. An easy-to-read text, when
   * given and different from the latest version, is drafted and sent for review (a colleague
   * validates it in the reading module). The text is published for pre-synthesis.
   */
  @PreAuthorize("hasRole('TEACHER')")
  @Transactional
  public Entry save(@Nullable Long entryId, EntryDraft draft, List<NewFile> files) {
    Caller caller = scope.caller();
    requireTeacher(caller, draft.classId(), "class:" + draft.classId());
    Row existing = null;
    if (entryId != null) {
      existing = entry(caller, entryId);
      if (existing.classId() != draft.classId()) {
        throw scope.deny(caller, "lesson-book:" + entryId);
      }
      if (existing.kind() != draft.kind()) {
        throw new LessonBookException("lessonbook.error.kindChanged");
      }
    }
    String title = checked(draft.title(), MAX_TITLE, "lessonbook.error.titleEmpty");
    String text = checked(draft.text(), MAX_TEXT, "lessonbook.error.textEmpty");
    LocalDate due = draft.kind() == EntryKind.HOMEWORK ? draft.dueDate() : null;
    if (draft.kind() == EntryKind.HOMEWORK && due == null) {
      throw new LessonBookException("lessonbook.error.dueMissing");
    }
    if (due != null && due.isBefore(draft.date())) {
      throw new LessonBookException("lessonbook.error.dueBeforeDay");
    }
    if (!memberships.pupilsOf(draft.classId()).containsAll(draft.pupilIds())) {
      throw scope.deny(caller, "class:" + draft.classId());
    }
    List<String> types = files.stream().map(LessonBookService::checkFile).toList();
    int kept = existing == null ? 0 : store.countFiles(existing.id());
    if (kept + files.size() > MAX_FILES) {
      throw new LessonBookException("lessonbook.error.tooManyFiles", MAX_FILES);
    }
    String easy = draft.easyText() == null ? "" : draft.easyText().strip();
    if (easy.length() > EasyReadService.MAX_TEXT) {
      throw new LessonBookException("lessonbook.error.easyTooLong", EasyReadService.MAX_TEXT);
    }

    long schoolId = memberships.schoolOfClass(draft.classId()).orElseThrow();
    Instant now = time.now();
    Row row =
        new Row(
            existing == null ? 0 : existing.id(),
            draft.classId(),
            schoolId,
            draft.kind(),
            title,
            text,
            draft.date(),
            due,
            draft.pupilIds().isEmpty(),
            caller.id());
    long id;
    if (existing == null) {
      id = store.insert(row, now);
    } else {
      store.update(row, now);
      id = existing.id();
    }
    store.setPupils(id, draft.pupilIds());
    for (int i = 0; i < files.size(); i++) {
      NewFile file = files.get(i);
      store.insertFile(id, cut(file.fileName()), types.get(i), file.content());
    }
    EasyReadOwner owner = new EasyReadOwner(draft.kind().easyReadKind(), id, draft.classId());
    if (!easy.isEmpty() && !easy.equals(latestEasyText(owner))) {
      EasyReadVersion version = easyRead.draft(owner, easy);
      easyRead.submit(version.id());
      events.publishEvent(new TextPublished(easy, "fr"));
    }
    events.publishEvent(new TextPublished(text, "fr"));
    return toEntries(List.of(store.find(id).orElseThrow()), null, true).getFirst();
  }

  /** The latest easy-to-read text written for an entry, whatever its review state. */
  @PreAuthorize("hasRole('TEACHER')")
  public Optional<EasyReadVersion> latestEasyVersion(Entry entry) {
    Caller caller = scope.caller();
    requireTeacher(caller, entry.classId(), "lesson-book:" + entry.id());
    return easyRead.versions(entry.easyReadOwner()).stream().findFirst();
  }

  /** Removes an entry, its files and the pupils' marks. */
  @PreAuthorize("hasRole('TEACHER')")
  @Transactional
  public void delete(long entryId) {
    Caller caller = scope.caller();
    Row row = entry(caller, entryId);
    requireTeacher(caller, row.classId(), "lesson-book:" + entryId);
    store.delete(entryId);
  }

  /** Removes one file of an entry. */
  @PreAuthorize("hasRole('TEACHER')")
  @Transactional
  public void removeFile(long fileId) {
    Caller caller = scope.caller();
    LessonBookStore.FileRow file =
        store.file(fileId).orElseThrow(() -> scope.deny(caller, "lesson-book-file:" + fileId));
    Row row = entry(caller, file.entryId());
    requireTeacher(caller, row.classId(), "lesson-book-file:" + fileId);
    store.deleteFile(fileId);
  }

  /** A class's entries, latest first, for its teachers and its school's director. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public List<Entry> ofClass(long classId, int offset, int limit) {
    Caller caller = scope.caller();
    requireStaff(caller, classId, "class:" + classId);
    return toEntries(store.ofClass(classId, offset, Math.max(1, limit)), null, true);
  }

  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public long countOfClass(long classId) {
    Caller caller = scope.caller();
    requireStaff(caller, classId, "class:" + classId);
    return store.countOfClass(classId);
  }

  /** Who has done a piece of homework, for the class's teachers and its school's director. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public HomeworkProgress progress(long entryId) {
    Caller caller = scope.caller();
    Row row = entry(caller, entryId);
    requireStaff(caller, row.classId(), "lesson-book:" + entryId);
    return progressOf(toEntries(List.of(row), null, true).getFirst());
  }

  /**
   * The homework of the caller's classes due from two days ago to a week ahead, with who has done
   * it: what a teacher checks from their home.
   */
  @PreAuthorize("hasRole('TEACHER')")
  public List<HomeworkProgress> homeworkToCheck() {
    Caller caller = scope.caller();
    LocalDate today = time.today();
    List<Row> rows =
        store.homeworkDue(scope.classesTaught(caller), today.minusDays(2), today.plusDays(7));
    return toEntries(rows, null, true).stream().map(this::progressOf).toList();
  }

  // ---- pupils and parents ----

  /** The calling pupil's homework due between two days (included), soonest first. */
  @PreAuthorize("hasRole('PUPIL')")
  public List<Entry> myHomework(LocalDate from, LocalDate to) {
    return forPupil(scope.caller().id(), EntryKind.HOMEWORK, from, to);
  }

  /** What was done in the calling pupil's class between two days, latest first. */
  @PreAuthorize("hasRole('PUPIL')")
  public List<Entry> myLessons(LocalDate from, LocalDate to) {
    return forPupil(scope.caller().id(), EntryKind.LESSON, from, to);
  }

  /** Marks a piece of homework done by the calling pupil, or not done any more. */
  @PreAuthorize("hasRole('PUPIL')")
  @Transactional
  public void markDone(long entryId, boolean done) {
    Caller caller = scope.caller();
    Row row = entry(caller, entryId);
    if (row.kind() != EntryKind.HOMEWORK || !visibleToPupil(row, caller.id())) {
      throw scope.deny(caller, "lesson-book:" + entryId);
    }
    if (done) {
      store.markDone(entryId, caller.id(), time.now());
    } else {
      store.unmarkDone(entryId, caller.id());
    }
    live.publish(LessonBookSignals.classTopic(row.classId()), LessonBookSignals.MARKED, entryId);
  }

  /** The homework one of the caller's own children has, due between two days, with their marks. */
  @PreAuthorize("hasRole('PARENT')")
  public List<Entry> childHomework(long childId, LocalDate from, LocalDate to) {
    scope.requireGuardianOf(scope.caller(), childId);
    return forPupil(childId, EntryKind.HOMEWORK, from, to);
  }

  /** The caller's children (ids and names), for the parent's home. */
  @PreAuthorize("hasRole('PARENT')")
  public List<PersonName> myChildren() {
    return people.names(scope.children(scope.caller()));
  }

  /** A file, for those who may see its entry. */
  @PreAuthorize("isAuthenticated()")
  public FileContent file(long fileId) {
    Caller caller = scope.caller();
    LessonBookStore.FileRow file =
        store.file(fileId).orElseThrow(() -> scope.deny(caller, "lesson-book-file:" + fileId));
    Row row = entry(caller, file.entryId());
    if (!mayRead(caller, row)) {
      throw scope.deny(caller, "lesson-book-file:" + fileId);
    }
    return new FileContent(
        file.info().fileName(), file.info().mediaType(), store.fileContent(fileId));
  }

  // ---- rules ----

  private List<Entry> forPupil(long pupilId, EntryKind kind, LocalDate from, LocalDate to) {
    Optional<Long> classId = memberships.classOfPupil(pupilId);
    if (classId.isEmpty()) {
      return List.of();
    }
    return toEntries(store.forPupil(classId.get(), pupilId, kind, from, to), pupilId, false);
  }

  private boolean mayRead(Caller caller, Row row) {
    if (scope.teachesOrDirects(caller, row.classId())) {
      return true;
    }
    if (caller.has(Role.PUPIL) && visibleToPupil(row, caller.id())) {
      return true;
    }
    return scope.children(caller).stream().anyMatch(c -> visibleToPupil(row, c));
  }

  private boolean visibleToPupil(Row row, long pupilId) {
    return memberships.classOfPupil(pupilId).filter(c -> c == row.classId()).isPresent()
        && (row.wholeClass() || store.pupilsOf(row.id()).contains(pupilId));
  }

  /** A teacher of the class, refused under the target the caller asked about. */
  private void requireTeacher(Caller caller, long classId, String target) {
    scope.require(scope.teaches(caller, classId), caller, target);
  }

  /** A teacher of the class or the director of its school (staff readers). */
  private void requireStaff(Caller caller, long classId, String target) {
    scope.require(scope.teachesOrDirects(caller, classId), caller, target);
  }

  private Row entry(Caller caller, long entryId) {
    return store.find(entryId).orElseThrow(() -> scope.deny(caller, "lesson-book:" + entryId));
  }

  private HomeworkProgress progressOf(Entry entry) {
    Set<Long> classPupils = memberships.pupilsOf(entry.classId());
    Set<Long> targets = new HashSet<>(entry.wholeClass() ? classPupils : entry.pupilIds());
    targets.retainAll(classPupils);
    Set<Long> done = store.doneBy(entry.id());
    done.retainAll(targets);
    Set<Long> notDone = new HashSet<>(targets);
    notDone.removeAll(done);
    return new HomeworkProgress(entry, done.size(), targets.size(), people.names(notDone));
  }

  private @Nullable String latestEasyText(EasyReadOwner owner) {
    return easyRead.versions(owner).stream().findFirst().map(EasyReadVersion::text).orElse(null);
  }

  /** Entries for the UI: pupils named only for staff, the "done" mark of one pupil. */
  private List<Entry> toEntries(List<Row> rows, @Nullable Long pupilId, boolean staff) {
    List<Long> ids = rows.stream().map(Row::id).toList();
    Map<Long, List<EntryFile>> files = store.files(ids);
    Set<Long> done = pupilId == null ? Set.of() : store.doneOf(pupilId, ids);
    List<Entry> entries = new ArrayList<>();
    for (Row r : rows) {
      entries.add(
          new Entry(
              r.id(),
              r.classId(),
              memberships.classLabel(r.classId()).orElse(""),
              r.kind(),
              r.date(),
              r.dueDate(),
              r.title(),
              r.body(),
              r.wholeClass(),
              staff && !r.wholeClass() ? store.pupilsOf(r.id()) : Set.of(),
              files.getOrDefault(r.id(), List.of()),
              done.contains(r.id())));
    }
    return entries;
  }

  private static String checked(String text, int max, String emptyKey) {
    String cleaned = text.strip();
    if (cleaned.isEmpty()) {
      throw new LessonBookException(emptyKey);
    }
    if (cleaned.length() > max) {
      throw new LessonBookException("lessonbook.error.tooLong", max);
    }
    return cleaned;
  }

  private static String cut(String fileName) {
    String name = fileName.strip().isEmpty() ? "fichier" : fileName.strip();
    return name.length() <= MAX_FILE_NAME ? name : name.substring(name.length() - MAX_FILE_NAME);
  }
}
