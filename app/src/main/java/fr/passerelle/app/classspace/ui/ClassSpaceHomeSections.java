package fr.passerelle.app.classspace.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.passerelle.app.classspace.NewsPost;
import fr.passerelle.app.classspace.NewsService;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.shell.HomeSection;
import fr.passerelle.app.speech.ui.ReadAloud;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The class space on the pupil's and the parent's homes: the latest news, the way to resources. */
@Configuration
class ClassSpaceHomeSections {

  /** How many posts the home shows. */
  static final int LATEST = 3;

  /** The longest part of a post's text the home shows, in characters. */
  static final int SHORT = 160;

  @Bean
  HomeSection classResourcesSection() {
    return HomeSection.of(
        home -> home == Role.PUPIL || home == Role.PARENT,
        24,
        () -> {
          Section section = HomeSection.card("resources-home-section", "resources.section.heading");
          section.add(new Paragraph(section.getTranslation("resources.section.text")));
          section.add(
              new Anchor(ResourcesView.ROUTE, section.getTranslation("resources.section.open")));
          return Optional.of(section);
        });
  }

  @Bean
  HomeSection classNewsSection(NewsService news) {
    return HomeSection.of(
        home -> home == Role.PUPIL || home == Role.PARENT,
        25,
        () -> {
          Section section = HomeSection.card("news-home-section", "news.section.heading");
          List<NewsPost> latest = news.feed(0, LATEST);
          if (latest.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("news.feed.none")));
          } else {
            Div blocks = new Div();
            for (NewsPost post : latest) {
              Div block = new Div(new H3(post.title()), new Paragraph(shorten(post.body())));
              block.addClassName("news-block");
              blocks.add(block);
            }
            section.add(ReadAloud.around(blocks));
          }
          section.add(new Anchor(NewsView.ROUTE, section.getTranslation("news.section.open")));
          return Optional.of(section);
        });
  }

  static String shorten(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= SHORT) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', SHORT);
    return flat.substring(0, cut > SHORT / 2 ? cut : SHORT) + " …";
  }
}
