package fr.passerelle.app.liaison.internal;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.liaison.Acknowledgement;
import fr.passerelle.app.liaison.MissingFamily;
import fr.passerelle.app.liaison.Notice;
import fr.passerelle.app.liaison.NoticeDetail;
import fr.passerelle.app.liaison.Reminder;
import fr.passerelle.app.liaison.Reply;
import fr.passerelle.app.liaison.internal.LiaisonStore.AckRow;
import fr.passerelle.app.liaison.internal.LiaisonStore.NoticeRow;
import fr.passerelle.app.liaison.internal.LiaisonStore.ReplyRow;
import fr.passerelle.app.territory.Memberships;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns the liaison book's rows into what {@code LiaisonService} returns: a notice with its
 * audience and author in words, a parent's reply, and the author's detail with who signed and who
 * is missing. Counts are per family: a child's family has signed when one of the child's parents
 * has. No rule lives here: the service checked the caller first, inside its transaction.
 */
@Component
public class NoticeRecords {

  private final LiaisonStore store;
  private final Memberships memberships;
  private final People people;

  NoticeRecords(LiaisonStore store, Memberships memberships, People people) {
    this.store = store;
    this.memberships = memberships;
    this.people = people;
  }

  /**
   * The children whose family has signed, filling {@code guardians} (child → parents) on the way.
   */
  public Set<Long> signedFamilies(
      Set<Long> pupils, Set<Long> ackers, Map<Long, Set<Long>> guardians) {
    Set<Long> signed = new HashSet<>();
    for (long pupil : pupils) {
      Set<Long> parents = guardians.computeIfAbsent(pupil, people::guardiansOf);
      if (parents.stream().anyMatch(ackers::contains)) {
        signed.add(pupil);
      }
    }
    return signed;
  }

  public Notice notice(NoticeRow row) {
    String audience =
        row.classId() == null
            ? store.schoolName(row.schoolId()).orElse("")
            : memberships.classLabel(row.classId()).orElse("");
    String author =
        row.authorId() == null
            ? ""
            : people.names(List.of(row.authorId())).stream()
                .findFirst()
                .map(PersonName::full)
                .orElse("");
    return new Notice(
        row.id(),
        row.schoolId(),
        row.classId(),
        audience,
        row.title(),
        row.body(),
        row.repliesAllowed(),
        row.someFamilies(),
        author,
        row.createdAt());
  }

  /** A reply of the caller's own. */
  public Reply reply(Caller caller, ReplyRow r) {
    PersonName me = new PersonName(caller.id(), caller.firstName(), caller.lastName());
    PersonName child =
        people.names(List.of(r.pupilId())).stream().findFirst().orElse(unknown(r.pupilId()));
    return new Reply(r.id(), r.noticeId(), me, child, r.body(), r.at());
  }

  /**
   * A notice as its author sees it: "X/Y", the families missing with their parents, who signed and
   * when, the replies, the reminders.
   */
  public NoticeDetail detail(NoticeRow row, boolean yours) {
    long noticeId = row.id();
    Set<Long> pupils = store.pupilsOf(noticeId);
    List<AckRow> acks = store.acks(noticeId);
    Set<Long> ackers = acks.stream().map(AckRow::parentId).collect(Collectors.toSet());
    Map<Long, Set<Long>> guardians = new HashMap<>();
    Set<Long> signed = signedFamilies(pupils, ackers, guardians);
    Set<Long> missingIds = new HashSet<>(pupils);
    missingIds.removeAll(signed);
    Set<Long> named = new HashSet<>(pupils);
    guardians.values().forEach(named::addAll);
    acks.forEach(a -> named.add(a.parentId()));
    List<ReplyRow> replyRows = store.replies(noticeId);
    replyRows.forEach(r -> named.add(r.parentId()));
    Map<Long, PersonName> names =
        people.names(named).stream().collect(Collectors.toMap(PersonName::id, p -> p));
    Function<Long, PersonName> name = id -> names.getOrDefault(id, unknown(id));
    List<MissingFamily> missing =
        missingIds.stream()
            .map(
                p ->
                    new MissingFamily(
                        name.apply(p),
                        guardians.get(p).stream()
                            .map(name)
                            .sorted(Comparator.comparing(PersonName::full))
                            .toList()))
            .sorted(
                Comparator.comparing((MissingFamily m) -> m.child().lastName())
                    .thenComparing(m -> m.child().firstName()))
            .toList();
    List<Acknowledgement> acknowledgements =
        acks.stream()
            .map(
                a -> new Acknowledgement(name.apply(a.parentId()), name.apply(a.pupilId()), a.at()))
            .toList();
    List<Reply> replies =
        replyRows.stream()
            .map(
                r ->
                    new Reply(
                        r.id(),
                        r.noticeId(),
                        name.apply(r.parentId()),
                        name.apply(r.pupilId()),
                        r.body(),
                        r.at()))
            .toList();
    List<Reminder> reminders =
        store.reminders(noticeId).stream().map(r -> new Reminder(r.at(), r.families())).toList();
    return new NoticeDetail(
        notice(row),
        signed.size(),
        pupils.size(),
        missing,
        acknowledgements,
        replies,
        reminders,
        yours);
  }

  private static PersonName unknown(long id) {
    return new PersonName(id, "", "");
  }
}
