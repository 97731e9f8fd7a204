package fr.passerelle.app.classspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.speech.TextPublished;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Class and school news on PostgreSQL and H2 with the demo data: who writes where, who reads what
 * (a class's post stays in the class, the director's school-wide post reaches the whole school and
 * nothing of another school), images never without their text, sent for pre-synthesis.
 */
@PasserelleTest
@BothDatabases
@RecordApplicationEvents
class NewsServiceTest {

  static final String FERRY = "0420101A";
  static final String TEACHER = "enseignante.ferry";
  static final String COLLEAGUE = "referent.ferry";
  static final String DIRECTOR = "directrice.ferry";
  static final String OTHER_DIRECTOR = "direction.lamartine";
  static final String PUPIL = "hugo.nguyen";
  static final String PARENT = "parent.nguyen";

  @Autowired NewsService news;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;
  @Autowired ApplicationEvents events;
  ClassSpaceCallers callers;
  long ce1;
  long cm2;
  String cm2Pupil;
  String otherSchoolPupil;

  @BeforeEach
  void setUp() {
    callers = new ClassSpaceCallers(users);
    DemoAccounts demo = new DemoAccounts(jdbc);
    ce1 = demo.schoolClass(FERRY, "CE1");
    cm2 = demo.schoolClass(FERRY, "CM2");
    cm2Pupil = ResourceServiceTest.firstPupil(jdbc, cm2);
    long otherClass =
        jdbc.sql(
                "select c.id from school_class c join school s on s.id = c.school_id"
                    + " where s.uai <> ? order by c.id limit 1")
            .param(FERRY)
            .query(Long.class)
            .single();
    otherSchoolPupil = ResourceServiceTest.firstPupil(jdbc, otherClass);
  }

  static NewsDraft draft(Long classId, String title, NewsImageDraft... images) {
    return new NewsDraft(classId, title, "Le texte de « " + title + " ».", List.of(images));
  }

  static NewsImageDraft image(String alt) {
    return new NewsImageDraft(new UploadedFile("photo.png", ClassSpaceCallers.png()), alt);
  }

  List<Long> feedOf(String username) {
    return callers.as(username, () -> news.feed(0, 500)).stream().map(NewsPost::id).toList();
  }

  @Test
  void theTeacherPublishesToHerClassAndOnlyTheClassReadsIt() {
    NewsPost post =
        callers.as(
            TEACHER,
            () -> news.publish(draft(ce1, "La piscine", image("Des enfants dans l’eau."))));
    assertThat(post.images())
        .extracting(NewsImage::altText)
        .containsExactly("Des enfants dans l’eau.");
    assertThat(post.classLabel()).startsWith("CE1");
    assertThat(events.stream(TextPublished.class))
        .extracting(TextPublished::text)
        .contains("La piscine", "Le texte de « La piscine ».");
    for (String reader : List.of(PUPIL, PARENT, "parent.martin", TEACHER, DIRECTOR)) {
      assertThat(feedOf(reader)).as(reader).contains(post.id());
    }
    for (String outsider : List.of(cm2Pupil, COLLEAGUE, otherSchoolPupil, OTHER_DIRECTOR)) {
      assertThat(feedOf(outsider)).as(outsider).doesNotContain(post.id());
    }
    long imageId = post.images().getFirst().id();
    assertThat(callers.as(PUPIL, () -> news.image(imageId)).content())
        .isEqualTo(ClassSpaceCallers.png());
    assertThatThrownBy(() -> callers.as(cm2Pupil, () -> news.image(imageId)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> callers.as(cm2Pupil, () -> news.get(post.id())))
        .isInstanceOf(ScopeDeniedException.class);
  }

  @Test
  void onlyTheClassTeachersAndTheDirectorWriteToAClassAndOnlyTheDirectorToTheSchool() {
    assertThatThrownBy(() -> callers.as(COLLEAGUE, () -> news.publish(draft(ce1, "Non"))))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> callers.as(TEACHER, () -> news.publish(draft(cm2, "Non"))))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> callers.as(TEACHER, () -> news.publish(draft(null, "Non"))))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> callers.as(OTHER_DIRECTOR, () -> news.publish(draft(ce1, "Non"))))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> callers.as(PUPIL, () -> news.publish(draft(ce1, "Non"))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> callers.as(PARENT, () -> news.publish(draft(ce1, "Non"))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(callers.as(DIRECTOR, () -> news.publish(draft(ce1, "Oui"))).classId())
        .isEqualTo(ce1);
    assertThat(callers.as(TEACHER, () -> news.audiences()))
        .extracting(NewsAudience::classId)
        .containsExactly(ce1);
    assertThat(callers.as(DIRECTOR, () -> news.audiences()).getFirst().classId()).isNull();
  }

  @Test
  void theDirectorsSchoolWidePostReachesTheWholeSchoolAndNoOtherSchool() {
    NewsPost post = callers.as(DIRECTOR, () -> news.publish(draft(null, "Fête de l’école")));
    assertThat(post.classId()).isNull();
    for (String reader : List.of(PUPIL, PARENT, cm2Pupil, COLLEAGUE, TEACHER)) {
      assertThat(feedOf(reader)).as(reader).contains(post.id());
    }
    for (String outsider : List.of(otherSchoolPupil, OTHER_DIRECTOR)) {
      assertThat(feedOf(outsider)).as(outsider).doesNotContain(post.id());
    }
  }

  @Test
  void anImageWithoutItsTextIsRefusedAndNothingIsPublished() {
    long before = callers.as(TEACHER, () -> news.countFeed());
    assertThatThrownBy(
            () ->
                callers.as(
                    TEACHER,
                    () -> news.publish(draft(ce1, "Sans texte", image("Un chat."), image("  ")))))
        .isInstanceOf(ClassSpaceException.class)
        .satisfies(
            e -> {
              ClassSpaceException refused = (ClassSpaceException) e;
              assertThat(refused.messageKey()).isEqualTo("news.error.altMissing");
              assertThat(refused.arguments()).containsExactly(2, "photo.png");
            });
    NewsImageDraft disguised =
        new NewsImageDraft(
            new UploadedFile("photo.png", ClassSpaceCallers.executable()), "Un chat.");
    assertThatThrownBy(
            () -> callers.as(TEACHER, () -> news.publish(draft(ce1, "Déguisé", disguised))))
        .isInstanceOf(ClassSpaceException.class)
        .extracting(e -> ((ClassSpaceException) e).messageKey())
        .isEqualTo("resources.file.type.NEWS_IMAGE");
    assertThatThrownBy(
            () ->
                callers.as(
                    TEACHER, () -> news.publish(new NewsDraft(ce1, "Titre", "   ", List.of()))))
        .isInstanceOf(ClassSpaceException.class)
        .extracting(e -> ((ClassSpaceException) e).messageKey())
        .isEqualTo("news.error.bodyEmpty");
    assertThat(callers.as(TEACHER, () -> news.countFeed())).isEqualTo(before);
  }
}
