package fr.passerelle.app.classspace;

import static fr.passerelle.app.classspace.Alternative.AUDIO_DESCRIPTION;
import static fr.passerelle.app.classspace.Alternative.EASY_READ;
import static fr.passerelle.app.classspace.Alternative.LARGE_PRINT;
import static fr.passerelle.app.classspace.Alternative.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.reading.EasyReadService;
import fr.passerelle.app.reading.EasyReadVersion;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The rules of class resources on PostgreSQL and H2 with the demo data: the class's teachers write,
 * the class's pupils, their parents and the director read, nobody else; what is missing for the
 * needs declared in the CE1 (counts by hand); bad files refused with nothing saved and nothing
 * lost.
 */
@PasserelleTest
@BothDatabases
class ResourceServiceTest {

  static final String FERRY = "0420101A";
  static final String TEACHER = "enseignante.ferry"; // teaches the CE1
  static final String COLLEAGUE = "referent.ferry"; // teaches the CM2 of the same school
  static final String DIRECTOR = "directrice.ferry";
  static final String PUPIL = "hugo.nguyen"; // CE1, screen reader
  static final String PARENT = "parent.nguyen"; // Hugo's
  static final String OTHER_PARENT = "parent.martin"; // Léa's (CE1) and Tom's (nursery)

  @Autowired ResourceService resources;
  @Autowired EasyReadService easyRead;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;
  ClassSpaceCallers callers;
  DemoAccounts demo;
  long ce1;
  long cm2;
  String cm2Pupil;
  String cm2Parent;

  @BeforeEach
  void setUp() {
    callers = new ClassSpaceCallers(users);
    demo = new DemoAccounts(jdbc);
    ce1 = demo.schoolClass(FERRY, "CE1");
    cm2 = demo.schoolClass(FERRY, "CM2");
    cm2Pupil = firstPupil(jdbc, cm2);
    cm2Parent =
        jdbc.sql(
                "select a.username from guardianship g join account a on a.id = g.parent_id"
                    + " join account p on p.id = g.pupil_id where p.username = ?")
            .param(cm2Pupil)
            .query(String.class)
            .single();
  }

  static String firstPupil(JdbcClient jdbc, long classId) {
    return jdbc.sql(
            "select a.username from enrolment e join account a on a.id = e.pupil_id"
                + " where e.class_id = ? order by a.id limit 1")
        .param(classId)
        .query(String.class)
        .single();
  }

  static ResourceDraft document(String title, byte[] content) {
    return new ResourceDraft(
        ResourceKind.DOCUMENT,
        title,
        "Une fiche.",
        null,
        new UploadedFile("fiche.pdf", content),
        null,
        null,
        null);
  }

  ResourceItem shared(String title) {
    return callers.as(
        TEACHER, () -> resources.create(ce1, document(title, ClassSpaceCallers.pdf())));
  }

  @Test
  void theClassTeacherSharesAndTheClassPupilsParentsAndDirectorRead() {
    ResourceItem created = shared("Les fractions");
    assertThat(created.editable()).isTrue();
    assertThat(created.authorName()).isEqualTo("Amélie Durand");
    for (String reader : List.of(PUPIL, PARENT, OTHER_PARENT, DIRECTOR)) {
      List<ResourceItem> seen = callers.as(reader, () -> resources.list(ce1, 0, 500));
      assertThat(seen).as(reader).extracting(ResourceItem::id).contains(created.id());
      ResourceItem item =
          seen.stream().filter(i -> i.id() == created.id()).findFirst().orElseThrow();
      assertThat(item.editable()).as(reader).isFalse();
      assertThat(item.missing()).as("%s sees no needs", reader).isEmpty();
    }
    StoredFile file = callers.as(PUPIL, () -> resources.file(created.id(), FileSlot.MAIN));
    assertThat(file.content()).isEqualTo(ClassSpaceCallers.pdf());
    assertThat(file.mediaType()).isEqualTo("application/pdf");
    assertThat(callers.as(PARENT, () -> resources.classes()))
        .extracting(ClassChoice::id)
        .containsExactly(ce1);
  }

  @Test
  void nobodyOutsideTheClassSeesItOrItsFiles() {
    ResourceItem created = shared("Les mesures");
    long denied = demo.auditCount("ACCESS_DENIED", cm2Pupil, "class-resources:" + ce1);
    assertThatThrownBy(() -> callers.as(cm2Pupil, () -> resources.list(ce1, 0, 10)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", cm2Pupil, "class-resources:" + ce1))
        .isEqualTo(denied + 1);
    assertThatThrownBy(() -> callers.as(cm2Parent, () -> resources.get(created.id())))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(
            () -> callers.as(cm2Parent, () -> resources.file(created.id(), FileSlot.MAIN)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> callers.as(COLLEAGUE, () -> resources.list(ce1, 0, 10)))
        .as("a teacher of another class of the school")
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> callers.as("technicien", () -> resources.count(ce1)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(callers.as(cm2Pupil, () -> resources.classes()))
        .extracting(ClassChoice::id)
        .containsExactly(cm2);
    assertThat(callers.as(cm2Pupil, () -> resources.list(cm2, 0, 500)))
        .extracting(ResourceItem::id)
        .doesNotContain(created.id());
  }

  @Test
  void onlyTheClassTeachersWrite() {
    ResourceItem created = shared("Le calendrier");
    ResourceDraft draft = document("Autre", ClassSpaceCallers.pdf());
    assertThatThrownBy(() -> callers.as(COLLEAGUE, () -> resources.create(ce1, draft)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> callers.as(COLLEAGUE, () -> resources.update(created.id(), draft)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> callers.as(DIRECTOR, () -> resources.create(ce1, draft)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> callers.as(PUPIL, () -> resources.create(ce1, draft)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> callers.as(PARENT, () -> resources.update(created.id(), draft)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(callers.as(TEACHER, () -> resources.get(created.id())).title())
        .isEqualTo("Le calendrier");
  }

  /**
   * The CE1's declared needs (demo data): Léa large print and reading support, Hugo screen reader,
   * and one more pupil with hearing support. Worked out by hand from the rule table.
   */
  @Test
  void theTeacherSeesWhatIsMissingForTheClassAsCountsAndTheReadingIsAudited() {
    ResourceItem created = shared("Le cycle de vie");
    // TEXT: Léa, Hugo, Ambre = 3; EASY_READ: Léa = 1; LARGE_PRINT: Léa = 1;
    // AUDIO_DESCRIPTION: Léa, Hugo, Ambre = 3.
    assertThat(created.missing())
        .containsExactly(
            new MissingAlternative(TEXT, 3),
            new MissingAlternative(EASY_READ, 1),
            new MissingAlternative(LARGE_PRINT, 1),
            new MissingAlternative(AUDIO_DESCRIPTION, 3));
    long reads = demo.auditCount("SENSITIVE_READ", TEACHER, "class:" + ce1);
    ResourceItem withVersions =
        callers.as(
            TEACHER,
            () ->
                resources.update(
                    created.id(),
                    new ResourceDraft(
                        ResourceKind.DOCUMENT,
                        "Le cycle de vie",
                        "Une fiche.",
                        null,
                        null,
                        "La graine devient une plante.",
                        new UploadedFile("gros.pdf", ClassSpaceCallers.pdf()),
                        null)));
    assertThat(withVersions.missing())
        .containsExactly(
            new MissingAlternative(EASY_READ, 1), new MissingAlternative(AUDIO_DESCRIPTION, 3));
    assertThat(withVersions.file()).isEqualTo(created.file());
    assertThat(demo.auditCount("SENSITIVE_READ", TEACHER, "class:" + ce1)).isGreaterThan(reads);

    // An audio: nobody in the CE1 has hearing support, so no words are asked; Léa needs an easy
    // version.
    ResourceItem song =
        callers.as(
            TEACHER,
            () ->
                resources.create(
                    ce1,
                    new ResourceDraft(
                        ResourceKind.AUDIO,
                        "Une chanson",
                        "",
                        null,
                        new UploadedFile("chanson.wav", wavHeader()),
                        null,
                        null,
                        null)));
    assertThat(song.missing()).containsExactly(new MissingAlternative(EASY_READ, 1));
  }

  @Test
  void theEasyVersionIsWrittenAndReviewedInTheReadingModule() {
    ResourceItem created = shared("La météo");
    EasyReadVersion version =
        callers.as(
            TEACHER,
            () -> {
              EasyReadVersion draft = easyRead.draft(created.easyReadOwner(), "Il pleut.");
              return easyRead.submit(draft.id());
            });
    ResourceItem waiting = callers.as(TEACHER, () -> resources.get(created.id()));
    assertThat(waiting.easyReadWaiting()).isTrue();
    assertThat(waiting.missing()).extracting(MissingAlternative::alternative).contains(EASY_READ);
    assertThat(callers.as(PUPIL, () -> resources.get(created.id())).easyRead()).isNull();

    callers.as(DIRECTOR, () -> easyRead.validate(version.id(), null));
    assertThat(callers.as(PUPIL, () -> resources.get(created.id())).easyRead())
        .isEqualTo("Il pleut.");
    assertThat(callers.as(TEACHER, () -> resources.get(created.id())).missing())
        .extracting(MissingAlternative::alternative)
        .doesNotContain(EASY_READ);
  }

  @Test
  void badFilesAreRefusedWithAClearMessageAndNothingIsSavedOrLost() {
    long before = callers.as(TEACHER, () -> resources.count(ce1));
    assertRefused(document("Trop gros", ClassSpaceCallers.oversizedPdf()), "resources.file.tooBig");
    assertRefused(
        document("Déguisé", ClassSpaceCallers.executable()), "resources.file.type.DOCUMENT");
    assertRefused(document("Vide", new byte[0]), "resources.file.empty");
    assertRefused(
        new ResourceDraft(ResourceKind.DOCUMENT, "Sans fichier", "", null, null, null, null, null),
        "resources.error.fileMissing");
    assertRefused(
        new ResourceDraft(
            ResourceKind.LINK, "Lien", "", "javascript:alert(1)", null, null, null, null),
        "resources.error.url");
    assertThat(callers.as(TEACHER, () -> resources.count(ce1))).isEqualTo(before);

    // A change with a bad alternative keeps the resource as it was.
    ResourceItem kept = shared("Les saisons");
    ResourceDraft badLargePrint =
        new ResourceDraft(
            ResourceKind.DOCUMENT,
            "Titre changé",
            "Une fiche.",
            null,
            null,
            "Texte ajouté",
            new UploadedFile("gros.pdf", ClassSpaceCallers.executable()),
            null);
    assertThatThrownBy(() -> callers.as(TEACHER, () -> resources.update(kept.id(), badLargePrint)))
        .isInstanceOf(ClassSpaceException.class)
        .extracting(e -> ((ClassSpaceException) e).messageKey())
        .isEqualTo("resources.file.type.LARGE_PRINT");
    ResourceDraft badDescription =
        new ResourceDraft(
            ResourceKind.DOCUMENT,
            "Titre changé",
            "",
            null,
            null,
            null,
            null,
            new UploadedFile("description.mp3", ClassSpaceCallers.pdf()));
    assertThatThrownBy(() -> callers.as(TEACHER, () -> resources.update(kept.id(), badDescription)))
        .isInstanceOf(ClassSpaceException.class)
        .extracting(e -> ((ClassSpaceException) e).messageKey())
        .isEqualTo("resources.file.type.AUDIO_DESCRIPTION");
    ResourceItem after = callers.as(TEACHER, () -> resources.get(kept.id()));
    assertThat(after.title()).isEqualTo("Les saisons");
    assertThat(after.textVersion()).isNull();
    assertThat(after.largePrint()).isNull();
    assertThat(after.file()).isEqualTo(kept.file());
  }

  private void assertRefused(ResourceDraft draft, String key) {
    assertThatThrownBy(() -> callers.as(TEACHER, () -> resources.create(ce1, draft)))
        .as(key)
        .isInstanceOf(ClassSpaceException.class)
        .extracting(e -> ((ClassSpaceException) e).messageKey())
        .isEqualTo(key);
  }

  static byte[] wavHeader() {
    byte[] wav = new byte[64];
    System.arraycopy("RIFF".getBytes(), 0, wav, 0, 4);
    System.arraycopy("WAVE".getBytes(), 0, wav, 8, 4);
    return wav;
  }
}
