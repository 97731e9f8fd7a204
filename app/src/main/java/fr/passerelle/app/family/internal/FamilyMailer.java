package fr.passerelle.app.family.internal;

import fr.passerelle.app.family.Frequency;
import fr.passerelle.app.family.NotificationSettings;
import fr.passerelle.app.family.internal.FamilyStore.Mail;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.platform.ClusterOnce;
import fr.passerelle.app.platform.Languages;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.Translations;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends the outbox through the deployment's SMTP server ({@code spring.mail.*}): immediate rows at
 * once and at every round, digest rows once a day at {@code passerelle.family.digest-time} (school
 * time, {@link SchoolTime}). A row is marked sent only once the server took the mail; without a
 * server configured, or when it fails, rows stay pending and are tried again at the next round. A
 * row whose parent has since lost the child (restriction) or chosen no e-mail is dropped, not sent.
 *
 * <p>Mails are multipart (plain text and HTML), in French. With content allowed, each item's text
 * is in the mail; without, only how many new items there are for which child and an ordinary link
 * to Passerelle (the reader logs in as usual: no token in the link).
 *
 * <p>Several nodes: the scheduled round runs on one node at a time ({@link ClusterOnce}), and every
 * mail is claimed before it is sent (its rows locked in the transaction that sends it and marks it
 * sent, skipped by any other mailer meanwhile), so that a round and the immediate sending after a
 * piece of news, on this node or another, never send the same mail twice.
 */
@Component
public class FamilyMailer {

  private static final Logger LOG = LoggerFactory.getLogger(FamilyMailer.class);

  private final ObjectProvider<JavaMailSender> senders;
  private final FamilyStore store;
  private final FamilySettings settings;
  private final People people;
  private final Translations translations;
  private final SchoolTime time;
  private final ClusterOnce cluster;
  private final TransactionTemplate newTransaction;
  private final String publicUrl;
  private final String from;
  private final LocalTime digestTime;
  private volatile boolean warnedNoServer;

  FamilyMailer(
      ObjectProvider<JavaMailSender> senders,
      FamilyStore store,
      FamilySettings settings,
      People people,
      Translations translations,
      SchoolTime time,
      ClusterOnce cluster,
      PlatformTransactionManager transactions,
      @Value("${passerelle.public-url:http://localhost:8080}") String publicUrl,
      @Value("${passerelle.family.from:passerelle@localhost}") String from,
      @Value("${passerelle.family.digest-time:17:30}") LocalTime digestTime) {
    this.senders = senders;
    this.store = store;
    this.settings = settings;
    this.people = people;
    this.translations = translations;
    this.time = time;
    this.cluster = cluster;
    this.newTransaction = new TransactionTemplate(transactions);
    newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    this.from = from;
    this.digestTime = digestTime;
  }

  /**
   * A round, on one node of the cluster at a time: pending immediate mails (those a failure left),
   * then the digest once its hour has passed today.
   */
  @Scheduled(
      fixedDelayString = "${passerelle.family.round-every:60000}",
      initialDelayString = "${passerelle.family.round-every:60000}")
  public void round() {
    cluster.run(
        "family-mail-round",
        () -> {
          sendImmediate();
          sendDigest(lastDigestTime());
        });
  }

  /** The latest digest hour reached: today's if passed, else yesterday's (school time). */
  Instant lastDigestTime() {
    ZonedDateTime now = time.at(time.now());
    ZonedDateTime today = now.with(digestTime);
    return (now.isBefore(today) ? today.minusDays(1) : today).toInstant();
  }

  /** Sends every pending immediate mail, one mail per row. Returns how many were sent. */
  public int sendImmediate() {
    List<Long> ids = waiting(() -> store.pendingIds(Frequency.IMMEDIATE, time.now()));
    int sent = 0;
    for (long id : ids) {
      sent += claimAndSend(() -> store.claim(id).map(List::of).orElse(List.of()), false);
    }
    return sent;
  }

  /** Sends the digest now, with everything pending until now (for tests and the round). */
  public int sendDigest() {
    return sendDigest(time.now());
  }

  /** Sends one digest per parent with the digest rows pending up to an instant. */
  public int sendDigest(Instant upTo) {
    List<Long> parents = waiting(() -> store.pendingParents(Frequency.DIGEST, upTo));
    int sent = 0;
    for (long parent : parents) {
      sent += claimAndSend(() -> claimDigest(parent, upTo), true);
    }
    return sent;
  }

  /**
   * Claims a parent's digest rows: their oldest first, and nothing when another mailer holds it
   * (that one sends the whole digest); then the others, so the digest is one mail.
   */
  private List<Mail> claimDigest(long parent, Instant upTo) {
    return store
        .oldestPending(parent, Frequency.DIGEST, upTo)
        .flatMap(store::claim)
        .map(first -> store.claimOf(parent, Frequency.DIGEST, upTo))
        .orElse(List.of());
  }

  /** What waits to be sent, or nothing while no SMTP server is configured (said once). */
  private List<Long> waiting(Supplier<List<Long>> pending) {
    List<Long> found = newTransaction.execute(status -> pending.get());
    if (found == null || found.isEmpty()) {
      return List.of();
    }
    if (senders.getIfAvailable() == null) {
      if (!warnedNoServer) {
        warnedNoServer = true;
        LOG.warn(
            "Family mail: no SMTP server configured (spring.mail.host); {} mail(s) stay pending"
                + " and will be sent once one is.",
            found.size());
      }
      return List.of();
    }
    return found;
  }

  /**
   * Claims rows, sends their mail and marks them, in one transaction: the claim holds until the
   * rows are marked sent (or failed, or dropped), so no other mailer sends them meanwhile. Returns
   * 1 when a mail was sent.
   */
  private int claimAndSend(Supplier<List<Mail>> claim, boolean digest) {
    Integer sent =
        newTransaction.execute(
            status -> {
              List<Mail> rows = claim.get();
              return rows.isEmpty() ? 0 : send(rows.getFirst().parentId(), rows, digest);
            });
    return sent == null ? 0 : sent;
  }

  /** Sends one mail to a parent for these claimed rows; returns 1 when sent. */
  private int send(long parentId, List<Mail> rows, boolean digest) {
    Instant now = time.now();
    NotificationSettings chosen = settings.of(parentId);
    List<Mail> kept = new ArrayList<>();
    for (Mail row : rows) {
      if (!people.isGuardian(parentId, row.pupilId())) {
        store.markDropped(row.id(), "parent no longer sees the child", now);
      } else if (chosen.frequency() == Frequency.NONE || chosen.email() == null) {
        store.markDropped(row.id(), "parent chose no e-mail", now);
      } else {
        kept.add(row);
      }
    }
    JavaMailSender sender = senders.getIfAvailable();
    if (kept.isEmpty() || sender == null) {
      return 0;
    }
    List<Long> ids = kept.stream().map(Mail::id).toList();
    try {
      MimeMessage message = sender.createMimeMessage();
      compose(message, chosen, kept, digest);
      sender.send(message);
    } catch (Exception e) {
      LOG.warn(
          "Family mail: sending {} item(s) to parent {} failed, kept pending for the next round:"
              + " {}",
          kept.size(),
          parentId,
          e.toString());
      store.markFailed(ids, e.toString());
      return 0;
    }
    warnedNoServer = false;
    store.markSent(ids, time.now());
    return 1;
  }

  private void compose(
      MimeMessage message, NotificationSettings chosen, List<Mail> rows, boolean digest)
      throws jakarta.mail.MessagingException {
    Map<Long, String> children =
        people.names(rows.stream().map(Mail::pupilId).distinct().toList()).stream()
            .collect(Collectors.toMap(PersonName::id, PersonName::firstName));
    Map<Long, List<Mail>> byChild =
        rows.stream()
            .collect(Collectors.groupingBy(Mail::pupilId, LinkedHashMap::new, Collectors.toList()));
    Function<Long, String> child = id -> children.getOrDefault(id, "");
    String subject;
    if (digest) {
      subject = t("family.mail.subject.digest", rows.size());
    } else if (chosen.withContent()) {
      subject = t("family.mail.subject.one", rows.getFirst().subject());
    } else {
      subject = t("family.mail.subject.notice", child.apply(rows.getFirst().pupilId()));
    }
    String home = publicUrl + "/parent";
    StringBuilder text = new StringBuilder(t("family.mail.hello")).append("\n\n");
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>")
            .append(esc(subject))
            .append("</title></head><body><p>")
            .append(esc(t("family.mail.hello")))
            .append("</p>");
    for (Map.Entry<Long, List<Mail>> e : byChild.entrySet()) {
      String name = child.apply(e.getKey());
      List<Mail> items = e.getValue();
      if (chosen.withContent()) {
        text.append(t("family.mail.for", name)).append("\n\n");
        html.append("<h2>").append(esc(t("family.mail.for", name))).append("</h2>");
        for (Mail item : items) {
          String kind = t("family.kind." + item.kind());
          String link = publicUrl + "/" + stripSlash(item.route());
          text.append("* ")
              .append(kind)
              .append(" : ")
              .append(item.subject())
              .append("\n")
              .append(item.body().strip())
              .append("\n")
              .append(t("family.mail.see"))
              .append(" ")
              .append(link)
              .append("\n\n");
          html.append("<h3>")
              .append(esc(kind + " : " + item.subject()))
              .append("</h3><p>")
              .append(esc(item.body().strip()).replace("\n", "<br>"))
              .append("</p><p><a href=\"")
              .append(esc(link))
              .append("\">")
              .append(esc(t("family.mail.seeLink", item.subject())))
              .append("</a></p>");
        }
      } else {
        String count = t("family.mail.count", items.size(), name);
        text.append(count).append("\n");
        html.append("<p>").append(esc(count)).append("</p>");
      }
    }
    if (!chosen.withContent()) {
      text.append("\n").append(t("family.mail.logIn")).append(" ").append(home).append("\n");
      html.append("<p><a href=\"")
          .append(esc(home))
          .append("\">")
          .append(esc(t("family.mail.logInLink")))
          .append("</a></p>");
    }
    String settingsLink = publicUrl + "/mes-notifications";
    text.append("\n--\n").append(t("family.mail.settings")).append(" ").append(settingsLink);
    html.append("<hr><p><a href=\"")
        .append(esc(settingsLink))
        .append("\">")
        .append(esc(t("family.mail.settingsLink")))
        .append("</a></p></body></html>");
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(from);
    helper.setTo(chosen.email());
    helper.setSubject(subject);
    helper.setText(text.toString(), html.toString());
  }

  private String t(String key, Object... args) {
    return translations.getTranslation(key, Languages.FRENCH, args);
  }

  private static String esc(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }

  private static String stripSlash(String route) {
    return route.startsWith("/") ? route.substring(1) : route;
  }
}
