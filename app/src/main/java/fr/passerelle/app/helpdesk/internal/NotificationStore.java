package fr.passerelle.app.helpdesk.internal;

import fr.passerelle.app.helpdesk.Notification;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In-app notifications ({@code helpdesk_notification}): a bundle key and its arguments, translated
 * in the recipient's language when shown. Arguments are joined with a unit separator, which no name
 * contains.
 */
@Component
public class NotificationStore {

  public static final String SEPARATOR = "\u001f";

  private final JdbcClient jdbc;

  NotificationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One notification for each recipient (once each). */
  public void send(
      Collection<Long> recipients,
      String key,
      @Nullable Long ticketId,
      Instant at,
      Object... arguments) {
    String joined =
        Arrays.stream(arguments)
            .map(a -> String.valueOf(a).replace(SEPARATOR, " "))
            .collect(Collectors.joining(SEPARATOR));
    for (Long recipient : recipients.stream().distinct().toList()) {
      jdbc.sql(
              "insert into helpdesk_notification (recipient_id, created_at, message_key, arguments,"
                  + " ticket_id) values (?,?,?,?,?)")
          .params(recipient, Timestamp.from(at), key, joined, ticketId)
          .update();
    }
  }

  /** A person's notifications, newest first. */
  public List<Notification> latest(long recipientId, int limit) {
    return jdbc.sql(
            "select id, created_at, message_key, arguments, ticket_id, read_at"
                + " from helpdesk_notification where recipient_id = ?"
                + " order by created_at desc, id desc limit "
                + Math.max(1, Math.min(limit, 200)))
        .param(recipientId)
        .query(
            (rs, n) ->
                new Notification(
                    rs.getLong(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    Arrays.asList(rs.getString(4).split(SEPARATOR, -1)),
                    rs.getObject(5) == null ? null : rs.getLong(5),
                    rs.getTimestamp(6) != null))
        .list();
  }

  public int unread(long recipientId) {
    return jdbc.sql(
            "select count(*) from helpdesk_notification where recipient_id = ? and read_at is null")
        .param(recipientId)
        .query(Integer.class)
        .single();
  }

  public void markAllRead(long recipientId, Instant at) {
    jdbc.sql(
            "update helpdesk_notification set read_at = ? where recipient_id = ? and read_at is null")
        .params(Timestamp.from(at), recipientId)
        .update();
  }
}
