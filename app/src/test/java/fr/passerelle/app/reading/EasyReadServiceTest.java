package fr.passerelle.app.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.RunAs;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.util.concurrent.atomic.AtomicLong;
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
 * The rules of easy-to-read versions, on PostgreSQL and H2 with the demo data: who may write, who
 * may review, the author never validates their own text, pupils read only validated versions,
 * another school is refused, and reviews and refusals are audited. Each test works on its own owner
 * ids so the demo's versions stay as they are.
 */
@PasserelleTest
@BothDatabases
class EasyReadServiceTest {

  static final String FERRY = "0420101A";
  static final String TEACHER = "enseignante.ferry"; // teaches the CE1
  static final String COLLEAGUE = "referent.ferry"; // teaches the CM2 of the same school
  static final String DIRECTOR = "directrice.ferry";
  static final String OTHER_DIRECTOR = "direction.lamartine";
  static final String PUPIL = "hugo.nguyen"; // in the CE1
  private static final AtomicLong OWNER_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  @Autowired EasyReadService service;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService userDetails;
  DemoAccounts demo;
  long ce1;
  EasyReadOwner owner;

  @BeforeEach
  void setUp() {
    demo = new DemoAccounts(jdbc);
    ce1 = demo.schoolClass(FERRY, "CE1");
    owner = new EasyReadOwner("test-homework", OWNER_IDS.incrementAndGet(), ce1);
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  <T> T as(String username, Supplier<T> action) {
    return RunAs.as(userDetails, username, action);
  }

  EasyReadVersion submitted(String author, String text) {
    return as(
        author,
        () -> {
          EasyReadVersion draft = service.draft(owner, text);
          return service.submit(draft.id());
        });
  }

  @Test
  void theClassTeacherWritesAColleagueValidatesAndPupilsThenReadIt() {
    EasyReadVersion draft = as(TEACHER, () -> service.draft(owner, "  Le chat dort.  "));
    assertThat(draft.status()).isEqualTo(EasyReadStatus.DRAFT);
    assertThat(draft.text()).isEqualTo("Le chat dort.");
    assertThat(draft.authorName()).isEqualTo("Amélie Durand");
    assertThat(as(PUPIL, () -> service.validated(owner))).isEmpty();

    as(TEACHER, () -> service.submit(draft.id()));
    assertThat(as(PUPIL, () -> service.validated(owner))).as("submitted is not shown").isEmpty();
    assertThat(as(COLLEAGUE, () -> service.toReview(0, 500)))
        .extracting(EasyReadVersion::id)
        .contains(draft.id());

    long audited = demo.auditCount("EASY_READ_VALIDATED", COLLEAGUE, "easy-read:" + draft.id());
    EasyReadVersion validated = as(COLLEAGUE, () -> service.validate(draft.id(), "Bien."));
    assertThat(validated.status()).isEqualTo(EasyReadStatus.VALIDATED);
    assertThat(validated.reviewerName()).isEqualTo("Julien Perret");
    assertThat(validated.reviewComment()).isEqualTo("Bien.");
    assertThat(demo.auditCount("EASY_READ_VALIDATED", COLLEAGUE, "easy-read:" + draft.id()))
        .isEqualTo(audited + 1);

    assertThat(as(PUPIL, () -> service.validated(owner)))
        .get()
        .extracting(EasyReadVersion::text)
        .isEqualTo("Le chat dort.");
    assertThat(as("parent.nguyen", () -> service.validated(owner))).isPresent();
  }

  @Test
  void pupilsKeepReadingTheValidatedVersionWhileANewOneWaits() {
    EasyReadVersion first = submitted(TEACHER, "Première version.");
    as(DIRECTOR, () -> service.validate(first.id(), null));
    submitted(TEACHER, "Deuxième version.");
    as(DIRECTOR, () -> service.draft(owner, "Brouillon de la directrice."));
    assertThat(as(PUPIL, () -> service.validated(owner)))
        .get()
        .extracting(EasyReadVersion::text)
        .isEqualTo("Première version.");
    assertThat(as(TEACHER, () -> service.versions(owner))).hasSize(3);
  }

  @Test
  void theAuthorCannotValidateTheirOwnTextEvenAsDirector() {
    EasyReadVersion byTeacher = submitted(TEACHER, "Mon texte.");
    long denied = demo.auditCount("ACCESS_DENIED", TEACHER, "easy-read:" + byTeacher.id());
    assertThatThrownBy(() -> as(TEACHER, () -> service.validate(byTeacher.id(), null)))
        .isInstanceOf(EasyReadException.class)
        .extracting(e -> ((EasyReadException) e).messageKey())
        .isEqualTo("reading.error.ownText");
    assertThat(demo.auditCount("ACCESS_DENIED", TEACHER, "easy-read:" + byTeacher.id()))
        .isEqualTo(denied + 1);

    EasyReadVersion byDirector = submitted(DIRECTOR, "Texte de la directrice.");
    assertThatThrownBy(() -> as(DIRECTOR, () -> service.validate(byDirector.id(), null)))
        .isInstanceOf(EasyReadException.class);
    assertThat(as(DIRECTOR, () -> service.toReview(0, 500)))
        .extracting(EasyReadVersion::id)
        .doesNotContain(byDirector.id())
        .contains(byTeacher.id());
    // A colleague may validate the director's text.
    assertThat(as(TEACHER, () -> service.validate(byDirector.id(), null)).status())
        .isEqualTo(EasyReadStatus.VALIDATED);
  }

  @Test
  void onlyTheClassTeachersAndTheDirectorMayWrite() {
    assertThat(as(DIRECTOR, () -> service.draft(owner, "Par la directrice.")).status())
        .isEqualTo(EasyReadStatus.DRAFT);
    assertThat(as(TEACHER, () -> service.mayAuthor(ce1))).isTrue();
    assertThat(as(COLLEAGUE, () -> service.mayAuthor(ce1))).isFalse();
    // A teacher of another class of the school: the class is outside their scope.
    assertThatThrownBy(() -> as(COLLEAGUE, () -> service.draft(owner, "Texte.")))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> as(PUPIL, () -> service.draft(owner, "Texte.")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as("parent.nguyen", () -> service.draft(owner, "Texte.")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anotherSchoolsDirectorIsRefusedEverythingAndTheRefusalIsAudited() {
    EasyReadVersion version = submitted(TEACHER, "Texte de Ferry.");
    long denied = demo.auditCount("ACCESS_DENIED", OTHER_DIRECTOR, "easy-read:" + version.id());
    assertThatThrownBy(() -> as(OTHER_DIRECTOR, () -> service.validate(version.id(), null)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", OTHER_DIRECTOR, "easy-read:" + version.id()))
        .isEqualTo(denied + 1);
    assertThatThrownBy(() -> as(OTHER_DIRECTOR, () -> service.reject(version.id(), "Non.")))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> as(OTHER_DIRECTOR, () -> service.draft(owner, "Texte.")))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> as(OTHER_DIRECTOR, () -> service.validated(owner)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> as(OTHER_DIRECTOR, () -> service.get(version.id())))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(as(OTHER_DIRECTOR, () -> service.toReview(0, 500)))
        .extracting(EasyReadVersion::id)
        .doesNotContain(version.id());
    assertThat(as(DIRECTOR, () -> service.get(version.id())).status())
        .isEqualTo(EasyReadStatus.SUBMITTED);
  }

  @Test
  void aPupilOfAnotherClassCannotReadTheClassVersions() {
    long cm2Pupil =
        jdbc.sql(
                "select min(e.pupil_id) from enrolment e join school_class c on c.id = e.class_id"
                    + " join school s on s.id = c.school_id where s.uai = ? and c.level = 'CM2'")
            .param(FERRY)
            .query(Long.class)
            .single();
    String username =
        jdbc.sql("select username from account where id = ?")
            .param(cm2Pupil)
            .query(String.class)
            .single();
    assertThatThrownBy(() -> as(username, () -> service.validated(owner)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> as(PUPIL, () -> service.versions(owner)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aRejectionNeedsACommentIsAuditedAndTheAuthorReworksAndResubmits() {
    EasyReadVersion version = submitted(TEACHER, "Texte trop long et compliqué.");
    assertThatThrownBy(() -> as(DIRECTOR, () -> service.reject(version.id(), "  ")))
        .isInstanceOf(EasyReadException.class)
        .extracting(e -> ((EasyReadException) e).messageKey())
        .isEqualTo("reading.error.commentNeeded");
    long audited = demo.auditCount("EASY_READ_REJECTED", DIRECTOR, "easy-read:" + version.id());
    EasyReadVersion rejected =
        as(DIRECTOR, () -> service.reject(version.id(), "Une idée par phrase."));
    assertThat(rejected.status()).isEqualTo(EasyReadStatus.REJECTED);
    assertThat(demo.auditCount("EASY_READ_REJECTED", DIRECTOR, "easy-read:" + version.id()))
        .isEqualTo(audited + 1);
    assertThat(as(PUPIL, () -> service.validated(owner))).isEmpty();
    assertThatThrownBy(() -> as(DIRECTOR, () -> service.validate(version.id(), null)))
        .isInstanceOf(EasyReadException.class)
        .extracting(e -> ((EasyReadException) e).messageKey())
        .isEqualTo("reading.error.notSubmitted");
    // Only the author edits.
    assertThatThrownBy(() -> as(DIRECTOR, () -> service.edit(version.id(), "Autre.")))
        .isInstanceOf(ScopeDeniedException.class);
    EasyReadVersion edited = as(TEACHER, () -> service.edit(version.id(), "Texte court."));
    assertThat(edited.status()).isEqualTo(EasyReadStatus.DRAFT);
    assertThat(as(TEACHER, () -> service.submit(version.id())).status())
        .isEqualTo(EasyReadStatus.SUBMITTED);
    assertThat(as(DIRECTOR, () -> service.validate(version.id(), null)).status())
        .isEqualTo(EasyReadStatus.VALIDATED);
    assertThatThrownBy(() -> as(TEACHER, () -> service.edit(version.id(), "Encore.")))
        .isInstanceOf(EasyReadException.class);
  }

  @Test
  void emptyOrTooLongTextGetsAClearError() {
    assertThatThrownBy(() -> as(TEACHER, () -> service.draft(owner, " \n ")))
        .isInstanceOf(EasyReadException.class)
        .extracting(e -> ((EasyReadException) e).messageKey())
        .isEqualTo("reading.error.empty");
    String tooLong = "a".repeat(EasyReadService.MAX_TEXT + 1);
    assertThatThrownBy(() -> as(TEACHER, () -> service.draft(owner, tooLong)))
        .isInstanceOf(EasyReadException.class)
        .extracting(e -> ((EasyReadException) e).messageKey())
        .isEqualTo("reading.error.tooLong");
    assertThatThrownBy(() -> new EasyReadOwner("Bad Kind!", 1, ce1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDemoHasAValidatedAndASubmittedVersionForTheFerryCe1() {
    EasyReadOwner classText = ClassText.owner(ce1);
    assertThat(as(PUPIL, () -> service.validated(classText)))
        .get()
        .extracting(EasyReadVersion::text)
        .asString()
        .contains("Amélie Durand");
    assertThat(as(DIRECTOR, () -> service.versions(classText)))
        .extracting(EasyReadVersion::status)
        .contains(EasyReadStatus.VALIDATED, EasyReadStatus.SUBMITTED);
  }
}
