package fr.passerelle.app.classspace;

import fr.passerelle.app.classspace.internal.Audience;
import fr.passerelle.app.classspace.internal.ClassSpaceStore;
import fr.passerelle.app.classspace.internal.ClassSpaceStore.ImageRow;
import fr.passerelle.app.classspace.internal.ClassSpaceStore.NewsRow;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.speech.TextPublished;
import fr.passerelle.app.territory.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Class and school news.
 *
 * <ul>
 *   <li><b>Writers</b>: a class's teachers and its school's director write to the class; only the
 *       director writes to the whole school.
 *   <li><b>Readers</b>: a class's post is read by its pupils, their parents, its teachers and the
 *       director; a school-wide post by the school's pupils, their parents, its teachers and its
 *       director.
 *   <li><b>Images</b>: never without an alternative text (refused here, whatever the editor did),
 *       checked on their content; served only to the post's readers.
 * </ul>
 *
 * Publishing sends the text to the speech module for pre-synthesis ({@link TextPublished}).
 */
@Service
@Transactional(readOnly = true)
public class NewsService {

  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 8000;
  public static final int MAX_ALT = 300;
  public static final int MAX_IMAGES = 5;

  private final ClassSpaceStore store;
  private final Audience audience;
  private final Scope scope;
  private final ApplicationEventPublisher events;
  private final SchoolTime time;

  NewsService(
      ClassSpaceStore store,
      Audience audience,
      Scope scope,
      ApplicationEventPublisher events,
      SchoolTime time) {
    this.store = store;
    this.audience = audience;
    this.scope = scope;
    this.events = events;
    this.time = time;
  }

  /** Where the caller may publish: the whole school (director) first, then classes by name. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public List<NewsAudience> audiences() {
    Caller caller = scope.caller();
    List<NewsAudience> audiences = new ArrayList<>();
    for (long classId : audience.readableClasses(caller)) {
      if (audience.writesNewsTo(caller, classId)) {
        audiences.add(new NewsAudience(classId, audience.classLabel(classId).orElse("")));
      }
    }
    audiences.sort(Comparator.comparing(NewsAudience::label));
    if (audience.schoolDirected(caller).isPresent()) {
      audiences.addFirst(new NewsAudience(null, ""));
    }
    return audiences;
  }

  /**
   * Publishes a post with its images. Refused, with nothing saved, when the caller may not write
   * there, when the title or text is empty or too long, or when an image has no alternative text or
   * is not an image.
   */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  @Transactional
  public NewsPost publish(NewsDraft draft) {
    Caller caller = scope.caller();
    long schoolId;
    if (draft.classId() == null) {
      schoolId =
          audience.schoolDirected(caller).orElseThrow(() -> audience.deny(caller, "school-news"));
    } else {
      long classId = draft.classId();
      if (!audience.writesNewsTo(caller, classId)) {
        throw audience.deny(caller, "class-news:" + classId);
      }
      schoolId = audience.schoolOf(classId).orElseThrow();
    }
    String title = draft.title().strip();
    String body = draft.body().strip();
    if (title.isEmpty()) {
      throw new ClassSpaceException("news.error.titleEmpty");
    }
    if (title.length() > MAX_TITLE) {
      throw new ClassSpaceException("news.error.titleTooLong", MAX_TITLE);
    }
    if (body.isEmpty()) {
      throw new ClassSpaceException("news.error.bodyEmpty");
    }
    if (body.length() > MAX_BODY) {
      throw new ClassSpaceException("news.error.bodyTooLong", MAX_BODY);
    }
    if (draft.images().size() > MAX_IMAGES) {
      throw new ClassSpaceException("news.error.tooManyImages", MAX_IMAGES);
    }
    List<String> types = new ArrayList<>();
    for (int i = 0; i < draft.images().size(); i++) {
      NewsImageDraft image = draft.images().get(i);
      String alt = image.altText().strip();
      if (alt.isEmpty()) {
        throw new ClassSpaceException("news.error.altMissing", i + 1, image.file().name());
      }
      if (alt.length() > MAX_ALT) {
        throw new ClassSpaceException("news.error.altTooLong", i + 1, MAX_ALT);
      }
      types.add(FileUse.NEWS_IMAGE.check(image.file().content()));
    }
    Instant now = time.now();
    long id = store.insertNews(schoolId, draft.classId(), title, body, caller.id(), now);
    for (int i = 0; i < draft.images().size(); i++) {
      NewsImageDraft image = draft.images().get(i);
      long fileId =
          store.insertFile(image.file().name(), types.get(i), image.file().content(), now);
      store.insertNewsImage(id, fileId, image.altText().strip(), i);
    }
    events.publishEvent(new TextPublished(title, "fr"));
    events.publishEvent(new TextPublished(body, "fr"));
    return posts(List.of(store.news(id).orElseThrow())).getFirst();
  }

  /**
   * The posts the caller reads, newest first: their class's (or children's classes') and their
   * school's.
   */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR','PUPIL','PARENT')")
  public List<NewsPost> feed(int offset, int limit) {
    Caller caller = scope.caller();
    return posts(
        store.news(
            audience.readableClasses(caller),
            audience.readableSchools(caller),
            Math.max(0, offset),
            Math.max(1, limit)));
  }

  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR','PUPIL','PARENT')")
  public long countFeed() {
    Caller caller = scope.caller();
    return store.countNews(audience.readableClasses(caller), audience.readableSchools(caller));
  }

  /** One post, for its readers; refused (and audited) for anyone else. */
  @PreAuthorize("isAuthenticated()")
  public NewsPost get(long newsId) {
    Caller caller = scope.caller();
    NewsRow row =
        store
            .news(newsId)
            .filter(n -> reads(caller, n))
            .orElseThrow(() -> audience.deny(caller, "news:" + newsId));
    return posts(List.of(row)).getFirst();
  }

  /** An image's bytes, for the post's readers; refused (and audited) for anyone else. */
  @PreAuthorize("isAuthenticated()")
  public StoredFile image(long imageId) {
    Caller caller = scope.caller();
    ImageRow image =
        store
            .image(imageId)
            .filter(i -> store.news(i.newsId()).filter(n -> reads(caller, n)).isPresent())
            .orElseThrow(() -> audience.deny(caller, "news-image:" + imageId));
    return store.file(image.fileId()).orElseThrow();
  }

  private boolean reads(Caller caller, NewsRow news) {
    Long classId = news.classId();
    return classId != null
        ? audience.reads(caller, classId)
        : audience.readableSchools(caller).contains(news.schoolId());
  }

  private List<NewsPost> posts(List<NewsRow> rows) {
    Map<Long, List<NewsImage>> images =
        store.images(rows.stream().map(NewsRow::id).toList()).stream()
            .collect(
                Collectors.groupingBy(
                    ImageRow::newsId,
                    Collectors.mapping(
                        i -> new NewsImage(i.id(), i.altText()), Collectors.toList())));
    return rows.stream()
        .map(
            n ->
                new NewsPost(
                    n.id(),
                    n.schoolId(),
                    n.classId(),
                    n.classId() == null ? null : audience.classLabel(n.classId()).orElse(""),
                    n.title(),
                    n.body(),
                    n.authorName(),
                    n.publishedAt(),
                    images.getOrDefault(n.id(), List.of())))
        .toList();
  }
}
