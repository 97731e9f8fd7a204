package fr.passerelle.app.chat.internal;

import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.IndicatorKind;
import fr.passerelle.app.analytics.IndicatorSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** Messaging volume for territory analytics: class-room messages of the last 30 days. */
@Component
public class ChatIndicators implements IndicatorSource {

  @Override
  public int order() {
    return 30;
  }

  @Override
  public List<Indicator> indicators() {
    return List.of(
        new Indicator(
            "chatMessages",
            IndicatorKind.COUNT,
            false,
            "select c.school_id, count(*), 0 from chat_message m"
                + " join chat_room r on r.id = m.room_id"
                + " join school_class c on c.id = r.class_id"
                + " where m.sent_at > current_timestamp - interval '30' day"
                + " group by c.school_id"));
  }
}
