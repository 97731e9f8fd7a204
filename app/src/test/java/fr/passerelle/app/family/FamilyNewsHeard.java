package fr.passerelle.app.family;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every {@link FamilyNews} published, whatever thread published it (module listeners publish on
 * their own), for the tests. Found by component scanning from the test class path, so every test
 * context has it and stays one.
 */
@Component
public class FamilyNewsHeard {

  private final List<FamilyNews> heard = new CopyOnWriteArrayList<>();

  @EventListener
  void on(FamilyNews news) {
    heard.add(news);
  }

  /** The news of a kind heard so far. */
  public List<FamilyNews> ofKind(String kind) {
    return heard.stream().filter(n -> n.kind().equals(kind)).toList();
  }
}
