package fr.passerelle.app.classspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.classspace.NewsAudience;
import fr.passerelle.app.classspace.NewsImage;
import fr.passerelle.app.classspace.NewsPost;
import fr.passerelle.app.classspace.NewsService;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.speech.ui.ReadAloud;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Class and school news: the posts the person reads, newest first, each readable aloud, images with
 * their text; teachers and the director write them here.
 */
@Route(value = NewsView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"TEACHER", "DIRECTOR", "PUPIL", "PARENT"})
@Menu(title = "news.nav", order = 22)
@StyleSheet("styles/classspace.css")
class NewsView extends Div implements HasDynamicTitle {

  static final String ROUTE = "actualites";
  static final int PAGE = 10;

  private final NewsService news;
  private final Formats formats;
  private final Div feed = new Div();
  private int shown = PAGE;

  NewsView(NewsService news, CurrentUser currentUser, SchoolTime time) {
    this.news = news;
    this.formats = time.formats(getLocale());
    addClassName("class-space");
    add(new H1(getTranslation("news.heading")));
    Caller caller = currentUser.require();
    if (caller.has(Role.TEACHER) || caller.has(Role.DIRECTOR)) {
      List<NewsAudience> audiences = news.audiences();
      if (!audiences.isEmpty()) {
        add(new NewsEditor(news, audiences, this::fillFeed));
      }
    }
    add(feed);
    fillFeed();
  }

  private void fillFeed() {
    feed.removeAll();
    long count = news.countFeed();
    H2 heading = new H2(getTranslation("news.feed.heading", count));
    heading.setId("news-feed-heading");
    feed.add(heading);
    if (count == 0) {
      feed.add(new Paragraph(getTranslation("news.feed.none")));
      return;
    }
    for (NewsPost post : news.feed(0, shown)) {
      feed.add(article(post));
    }
    if (count > shown) {
      feed.add(
          new Button(
              getTranslation("news.feed.more", count - shown),
              e -> {
                shown += PAGE;
                fillFeed();
              }));
    }
  }

  private Article article(NewsPost post) {
    Article article = new Article();
    article.addClassName("news-post");
    article.add(new H3(post.title()));
    String where =
        post.classLabel() == null ? getTranslation("news.audience.school") : post.classLabel();
    article.add(
        new Paragraph(
            getTranslation(
                "news.post.meta", where, post.authorName(), formats.dateTime(post.publishedAt()))));
    Paragraph body = new Paragraph(post.body());
    body.addClassName("news-body");
    article.add(ReadAloud.around(body));
    for (NewsImage image : post.images()) {
      long id = image.id();
      article.add(Files.image(() -> news.image(id), image.altText()));
    }
    return article;
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "news.title");
  }
}
