package fr.passerelle.app.outings;

import fr.passerelle.app.family.FamilyNews;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the outings' events as any listener would receive them, for the tests. Found by component
 * scanning from the test class path, so every test context has it and stays one.
 */
@Component
public class OutingEvents {

  final List<OutingAnnounced> announced = new CopyOnWriteArrayList<>();
  final List<FamilyNews> news = new CopyOnWriteArrayList<>();

  @EventListener
  void on(OutingAnnounced event) {
    announced.add(event);
  }

  @EventListener
  void on(FamilyNews event) {
    if (event.kind().equals("outings")) {
      news.add(event);
    }
  }
}
