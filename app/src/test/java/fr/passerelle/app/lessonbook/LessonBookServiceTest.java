package fr.passerelle.app.lessonbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.RunAs;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.reading.EasyReadService;
import fr.passerelle.app.reading.EasyReadStatus;
import fr.passerelle.app.reading.EasyReadVersion;
import fr.passerelle.app.territory.ScopeDeniedException;
import fr.passerelle.media.live.Signal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The lesson book's rules on PostgreSQL and H2 with the demo data: only the class's teachers write;
 * pupils see their class's entries and only the homework meant for them; a parent sees only their
 * own children's; another class, another teacher, another parent see nothing; files go only to
 * those who may see their entry; refused files leave the book as it was; done marks.
 */
@PasserelleTest
@BothDatabases
class LessonBookServiceTest {

  static final String FERRY = "0420101A";
  static final String TEACHER = "enseignante.ferry"; // CE1
  static final String COLLEAGUE = "referent.ferry"; // CM2, same school
  static final String DIRECTOR = "directrice.ferry";
  static final String HUGO = "hugo.nguyen"; // CE1
  static final String LEA = "lea.martin"; // CE1
  static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0};

  @Autowired LessonBookService book;
  @Autowired SchoolTime time;
  @Autowired LiveSignals live;
  @Autowired EasyReadService easyRead;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService userDetails;
  DemoAccounts demo;
  long ce1;
  long cm2;
  LocalDate today;

  @BeforeEach
  void setUp() {
    demo = new DemoAccounts(jdbc);
    ce1 = demo.schoolClass(FERRY, "CE1");
    cm2 = demo.schoolClass(FERRY, "CM2");
    today = time.today();
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  <T> T as(String username, Supplier<T> action) {
    return RunAs.as(userDetails, username, action);
  }

  void as(String username, Runnable action) {
    as(
        username,
        () -> {
          action.run();
          return null;
        });
  }

  /** A pupil of a class other than Hugo and Léa, by username. */
  String pupilOf(long classId) {
    return jdbc.sql(
            "select a.username from enrolment e join account a on a.id = e.pupil_id"
                + " where e.class_id = ? and a.username not in ('hugo.nguyen', 'lea.martin')"
                + " order by a.id limit 1")
        .param(classId)
        .query(String.class)
        .single();
  }

  String parentOf(String pupil) {
    return jdbc.sql(
            "select p.username from guardianship g join account p on p.id = g.parent_id"
                + " join account c on c.id = g.pupil_id where c.username = ?"
                + " order by p.id limit 1")
        .param(pupil)
        .query(String.class)
        .single();
  }

  EntryDraft homework(String title, Set<Long> pupils) {
    return new EntryDraft(
        ce1, EntryKind.HOMEWORK, today, today, title, "Le texte de " + title, pupils, null);
  }

  Entry publish(String title, Set<Long> pupils, List<NewFile> files) {
    return as(TEACHER, () -> book.save(null, homework(title, pupils), files));
  }

  List<String> titlesFor(String pupil) {
    return as(pupil, () -> book.myHomework(today, today)).stream().map(Entry::title).toList();
  }

  @Test
  void onlyTheClassTeachersWrite() {
    Entry entry = publish("Écrit par la maîtresse", Set.of(), List.of());
    assertThat(entry.wholeClass()).isTrue();
    assertThat(entry.className()).startsWith("CE1");

    assertThatThrownBy(
            () -> as(COLLEAGUE, () -> book.save(null, homework("x", Set.of()), List.of())))
        .as("a teacher of another class")
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(
            () -> as(DIRECTOR, () -> book.save(null, homework("x", Set.of()), List.of())))
        .as("the director reads but does not write")
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(HUGO, () -> book.save(null, homework("x", Set.of()), List.of())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(COLLEAGUE, () -> book.delete(entry.id())))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", COLLEAGUE, "lesson-book:" + entry.id()))
        .isPositive();
    // The class's teacher edits it; the colleague of the school may not read the class's book.
    as(
        TEACHER,
        () ->
            book.save(
                entry.id(),
                new EntryDraft(
                    ce1,
                    EntryKind.HOMEWORK,
                    today,
                    today,
                    "Écrit et corrigé",
                    "Nouveau texte",
                    Set.of(),
                    null),
                List.of()));
    assertThat(as(DIRECTOR, () -> book.progress(entry.id())).entry().title())
        .isEqualTo("Écrit et corrigé");
    assertThatThrownBy(() -> as(COLLEAGUE, () -> book.ofClass(ce1, 0, 10)))
        .isInstanceOf(ScopeDeniedException.class);
  }

  @Test
  void pupilsSeeTheirClassHomeworkAndOnlyWhatIsMeantForThem() {
    long hugo = demo.account(HUGO);
    String classmate = pupilOf(ce1);
    publish("Pour toute la classe", Set.of(), List.of());
    publish("Pour Hugo seulement", Set.of(hugo), List.of());

    assertThat(titlesFor(HUGO)).contains("Pour toute la classe", "Pour Hugo seulement");
    assertThat(titlesFor(LEA))
        .contains("Pour toute la classe")
        .doesNotContain("Pour Hugo seulement");
    assertThat(titlesFor(classmate)).doesNotContain("Pour Hugo seulement");
    assertThat(titlesFor(pupilOf(cm2)))
        .as("a pupil of another class")
        .doesNotContain("Pour toute la classe", "Pour Hugo seulement");
    assertThat(as(HUGO, () -> book.myHomework(today, today)))
        .filteredOn(e -> e.title().equals("Pour Hugo seulement"))
        .singleElement()
        .satisfies(e -> assertThat(e.pupilIds()).as("no names shown to pupils").isEmpty());
  }

  @Test
  void aPupilCannotBeTargetedOutsideTheClass() {
    long other = demo.account(pupilOf(cm2));
    assertThatThrownBy(() -> publish("Élève d’une autre classe", Set.of(other), List.of()))
        .isInstanceOf(ScopeDeniedException.class);
  }

  @Test
  void aParentSeesOnlyTheirOwnChildrensHomework() {
    long hugo = demo.account(HUGO);
    long lea = demo.account(LEA);
    publish("Pour Hugo, vu par ses parents", Set.of(hugo), List.of());

    assertThat(as("parent.nguyen", () -> book.childHomework(hugo, today, today)))
        .extracting(Entry::title)
        .contains("Pour Hugo, vu par ses parents");
    assertThat(as("parent.martin", () -> book.childHomework(lea, today, today)))
        .extracting(Entry::title)
        .doesNotContain("Pour Hugo, vu par ses parents");
    assertThatThrownBy(() -> as("parent.martin", () -> book.childHomework(hugo, today, today)))
        .as("another family's child")
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", "parent.martin", "pupil:" + hugo)).isPositive();
    assertThat(as("parent.nguyen", () -> book.myChildren()))
        .extracting(PersonName::id)
        .containsExactly(hugo);
    assertThatThrownBy(() -> as(HUGO, () -> book.childHomework(hugo, today, today)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void filesGoOnlyToThoseWhoMaySeeTheirEntry() {
    long hugo = demo.account(HUGO);
    Entry forHugo =
        publish("Fiche pour Hugo", Set.of(hugo), List.of(new NewFile("fiche.pdf", PDF)));
    long file = forHugo.files().getFirst().id();
    assertThat(forHugo.files().getFirst().mediaType()).isEqualTo("application/pdf");

    assertThat(as(HUGO, () -> book.file(file)).content()).isEqualTo(PDF);
    assertThat(as("parent.nguyen", () -> book.file(file)).fileName()).isEqualTo("fiche.pdf");
    assertThat(as(TEACHER, () -> book.file(file)).mediaType()).isEqualTo("application/pdf");
    assertThat(as(DIRECTOR, () -> book.file(file)).content()).isEqualTo(PDF);
    for (String outsider :
        List.of(LEA, "parent.martin", pupilOf(cm2), COLLEAGUE, parentOf(pupilOf(cm2)))) {
      assertThatThrownBy(() -> as(outsider, () -> book.file(file)))
          .as(outsider)
          .isInstanceOf(ScopeDeniedException.class);
    }
    assertThat(demo.auditCount("ACCESS_DENIED", LEA, "lesson-book-file:" + file)).isPositive();
  }

  @Test
  void badFilesAreRefusedWithAClearMessageAndNothingSavedIsLost() {
    Entry saved = publish("Avec une bonne fiche", Set.of(), List.of(new NewFile("bon.png", PNG)));
    byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff};
    byte[] big = new byte[LessonBookService.MAX_FILE_BYTES + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);

    assertRefused(saved, new NewFile("devoir.pdf", exe), "lessonbook.error.fileType");
    assertRefused(saved, new NewFile("vide.pdf", new byte[0]), "lessonbook.error.fileEmpty");
    assertRefused(saved, new NewFile("gros.pdf", big), "lessonbook.error.fileTooBig");

    // The same checks before the form keeps a file.
    assertThatThrownBy(() -> LessonBookService.checkFile(new NewFile("devoir.pdf", exe)))
        .isInstanceOfSatisfying(
            LessonBookException.class,
            e -> assertThat(e.arguments()).containsExactly("devoir.pdf"));
    assertThat(LessonBookService.checkFile(new NewFile("son.txt", "Bonjour".getBytes())))
        .isEqualTo("text/plain");
    // A refused new entry is not written at all.
    long before = as(TEACHER, () -> book.countOfClass(ce1));
    assertThatThrownBy(
            () -> publish("Jamais écrit", Set.of(), List.of(new NewFile("x.pdf", new byte[0]))))
        .isInstanceOf(LessonBookException.class);
    assertThat(as(TEACHER, () -> book.countOfClass(ce1))).isEqualTo(before);
  }

  private void assertRefused(Entry saved, NewFile bad, String key) {
    EntryDraft changed =
        new EntryDraft(
            ce1, EntryKind.HOMEWORK, today, today, "Titre changé", "Texte changé", Set.of(), null);
    assertThatThrownBy(
            () ->
                as(
                    TEACHER,
                    () -> book.save(saved.id(), changed, List.of(new NewFile("ok.pdf", PDF), bad))))
        .isInstanceOfSatisfying(
            LessonBookException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo(key);
              assertThat(e.arguments()[0]).isEqualTo(bad.fileName());
            });
    Entry after = as(TEACHER, () -> book.progress(saved.id())).entry();
    assertThat(after.title()).as("the entry as it was").isEqualTo("Avec une bonne fiche");
    assertThat(after.files()).extracting(EntryFile::fileName).containsExactly("bon.png");
  }

  @Test
  void pupilsMarkHomeworkDoneAndUndoItTheTeacherSeesWhoHasNot() {
    long hugo = demo.account(HUGO);
    long lea = demo.account(LEA);
    Entry entry = publish("À cocher", Set.of(hugo, lea), List.of());
    HomeworkProgress none = as(TEACHER, () -> book.progress(entry.id()));
    assertThat(none.done()).isZero();
    assertThat(none.total()).isEqualTo(2);

    as(HUGO, () -> book.markDone(entry.id(), true));
    HomeworkProgress one = as(TEACHER, () -> book.progress(entry.id()));
    assertThat(one.done()).isEqualTo(1);
    assertThat(one.notDone()).extracting(PersonName::id).containsExactly(lea);
    assertThat(as(HUGO, () -> book.myHomework(today, today)))
        .filteredOn(e -> e.id() == entry.id())
        .singleElement()
        .extracting(Entry::done)
        .isEqualTo(true);
    assertThat(as("parent.nguyen", () -> book.childHomework(hugo, today, today)))
        .filteredOn(e -> e.id() == entry.id())
        .singleElement()
        .extracting(Entry::done)
        .isEqualTo(true);
    assertThat(as(TEACHER, () -> book.homeworkToCheck()))
        .filteredOn(p -> p.entry().id() == entry.id())
        .singleElement()
        .extracting(HomeworkProgress::done)
        .isEqualTo(1);

    as(HUGO, () -> book.markDone(entry.id(), false));
    assertThat(as(TEACHER, () -> book.progress(entry.id())).done()).isZero();

    String classmate = pupilOf(ce1);
    assertThatThrownBy(() -> as(classmate, () -> book.markDone(entry.id(), true)))
        .as("not meant for them")
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> as(pupilOf(cm2), () -> book.markDone(entry.id(), true)))
        .isInstanceOf(ScopeDeniedException.class);
  }

  @Test
  void anEasyToReadVersionGoesToReviewAndPupilsReadItOnceValidated() {
    Entry entry =
        as(
            TEACHER,
            () ->
                book.save(
                    null,
                    new EntryDraft(
                        ce1,
                        EntryKind.LESSON,
                        today,
                        null,
                        "Séance facile",
                        "Nous avons étudié la photosynthèse des plantes vertes.",
                        Set.of(),
                        "Les plantes mangent la lumière."),
                    List.of()));
    assertThat(entry.dueDate()).isNull();
    EasyReadVersion version = as(TEACHER, () -> book.latestEasyVersion(entry)).orElseThrow();
    assertThat(version.status()).isEqualTo(EasyReadStatus.SUBMITTED);
    assertThat(version.owner()).isEqualTo(entry.easyReadOwner());
    assertThat(as(HUGO, () -> easyRead.validated(entry.easyReadOwner()))).isEmpty();
    assertThatThrownBy(() -> as(TEACHER, () -> easyRead.validate(version.id(), null)))
        .as("the author never validates their own text");
    as(DIRECTOR, () -> easyRead.validate(version.id(), null));
    assertThat(as(HUGO, () -> easyRead.validated(entry.easyReadOwner())))
        .get()
        .extracting(EasyReadVersion::text)
        .isEqualTo("Les plantes mangent la lumière.");
    assertThat(as(HUGO, () -> book.myLessons(today, today)))
        .extracting(Entry::title)
        .contains("Séance facile");
    // Saving again with the same easy text sends nothing new for review.
    as(
        TEACHER,
        () ->
            book.save(
                entry.id(),
                new EntryDraft(
                    ce1,
                    EntryKind.LESSON,
                    today,
                    null,
                    "Séance facile",
                    "Nous avons étudié la photosynthèse.",
                    Set.of(),
                    "Les plantes mangent la lumière."),
                List.of()));
    assertThat(as(TEACHER, () -> easyRead.versions(entry.easyReadOwner()))).hasSize(1);
  }

  @Test
  void homeworkNeedsAValidDueDateAndText() {
    EntryDraft noDue =
        new EntryDraft(ce1, EntryKind.HOMEWORK, today, null, "Sans date", "x", Set.of(), null);
    assertThatThrownBy(() -> as(TEACHER, () -> book.save(null, noDue, List.of())))
        .hasMessage("lessonbook.error.dueMissing");
    EntryDraft before =
        new EntryDraft(
            ce1, EntryKind.HOMEWORK, today, today.minusDays(1), "Avant", "x", Set.of(), null);
    assertThatThrownBy(() -> as(TEACHER, () -> book.save(null, before, List.of())))
        .hasMessage("lessonbook.error.dueBeforeDay");
    EntryDraft empty =
        new EntryDraft(ce1, EntryKind.HOMEWORK, today, today, "Vide", "   ", Set.of(), null);
    assertThatThrownBy(() -> as(TEACHER, () -> book.save(null, empty, List.of())))
        .hasMessage("lessonbook.error.textEmpty");
  }

  @Test
  void theIndicatorCountsEntriesWithAValidatedEasyVersionPerSchool() {
    String query =
        new fr.passerelle.app.lessonbook.internal.LessonBookIndicators()
            .indicators()
            .getFirst()
            .query();
    long school = demo.school(FERRY);
    List<long[]> rows =
        jdbc.sql(query)
            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
            .list();
    long[] ferry = rows.stream().filter(r -> r[0] == school).findFirst().orElseThrow();
    long entries =
        jdbc.sql("select count(*) from class_entry where school_id = ?")
            .param(school)
            .query(Long.class)
            .single();
    long validated =
        jdbc.sql(
                "select count(distinct e.id) from class_entry e join easy_read r on r.owner_id ="
                    + " e.id and r.owner_kind = lower(e.kind) where e.school_id = ? and r.status"
                    + " = 'VALIDATED'")
            .param(school)
            .query(Long.class)
            .single();
    assertThat(ferry[2]).isEqualTo(entries);
    assertThat(ferry[1]).isEqualTo(validated).isPositive().isLessThan(entries);
  }

  @Test
  void theDemoShowsTheClassBook() {
    assertThat(titlesFor(HUGO)).contains("Lecture : le petit chat");
    HomeworkProgress reading =
        as(TEACHER, () -> book.homeworkToCheck()).stream()
            .filter(p -> p.entry().title().equals("Lecture : le petit chat"))
            .findFirst()
            .orElseThrow();
    assertThat(reading.done()).isEqualTo(3);
    assertThat(reading.total()).isEqualTo(reading.done() + reading.notDone().size());
  }

  /**
   * A pupil's mark is told on the class's topic (the entry's id only), so that the teacher's "12/24
   * faits" follows on every node; the teacher's page reads the count again with her rights.
   */
  @Test
  void aMarkIsToldOnTheClassTopicForTheTeachersOpenPages() throws InterruptedException {
    long hugo = demo.account(HUGO);
    Entry entry = publish("Signalée en direct", Set.of(hugo), List.of());
    BlockingQueue<Signal> heard = new LinkedBlockingQueue<>();
    String topic = LessonBookSignals.classTopic(ce1);
    try (var s = live.subscribe(topic, heard::add)) {
      as(HUGO, () -> book.markDone(entry.id(), true));
      assertThat(heard.poll(5, TimeUnit.SECONDS))
          .isEqualTo(new Signal(topic, LessonBookSignals.MARKED, entry.id()));
      assertThat(as(TEACHER, () -> book.progress(entry.id())).done()).isOne();

      as(HUGO, () -> book.markDone(entry.id(), false));
      assertThat(heard.poll(5, TimeUnit.SECONDS))
          .isEqualTo(new Signal(topic, LessonBookSignals.MARKED, entry.id()));
      assertThat(as(TEACHER, () -> book.progress(entry.id())).done()).isZero();

      // A refused mark (Léa is not named) is told to nobody.
      assertThatThrownBy(() -> as(LEA, () -> book.markDone(entry.id(), true)))
          .isInstanceOf(ScopeDeniedException.class);
      assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }
  }
}
