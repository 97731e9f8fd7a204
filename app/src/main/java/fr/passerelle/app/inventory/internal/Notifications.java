package fr.passerelle.app.inventory.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes in-app notifications: a bundle key and its arguments, translated in the recipient's
 * language when shown. Arguments are joined with a unit separator, which no name contains.
 */
@Component
public class Notifications {

  public static final String SEPARATOR = "\u001f";

  private final JdbcClient jdbc;

  Notifications(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void send(
      Collection<Long> recipients,
      String key,
      @Nullable Long ticketId,
      Instant now,
      Object... arguments) {
    String joined =
        Arrays.stream(arguments)
            .map(a -> String.valueOf(a).replace(SEPARATOR, " "))
            .collect(Collectors.joining(SEPARATOR));
    for (Long recipient : recipients.stream().distinct().toList()) {
      jdbc.sql(
              "insert into helpdesk_notification (recipient_id, created_at, message_key, arguments,"
                  + " ticket_id) values (?,?,?,?,?)")
          .params(recipient, Timestamp.from(now), key, joined, ticketId)
          .update();
    }
  }
}
