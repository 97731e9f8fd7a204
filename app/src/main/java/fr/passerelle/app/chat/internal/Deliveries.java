package fr.passerelle.app.chat.internal;

import fr.passerelle.app.chat.internal.RoomRights.Access;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.territory.Memberships;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * New messages as the open pages of this node read them when a signal names them: the message, its
 * room's members and moderators are read once per message and kept {@value #SECONDS} s, then each
 * page's caller is checked against them (ADR 0010): 30 pages cost one read instead of 30. This is
 * this node's short memory, not shared state: a change (hidden, released) forgets it here, and
 * pages re-read changes afresh.
 */
@Component
public class Deliveries {

  static final int SECONDS = 5;

  /** A message and who may read it, as read once for every page of this node. */
  public record Delivery(
      ChatStore.Message message, boolean classRoom, Set<Long> members, Set<Long> moderators) {

    /** What the caller may do in the message's room, by the members read with it. */
    public Access access(Caller caller) {
      if (caller.has(Role.TEACHER) && moderators.contains(caller.id())) {
        return Access.MODERATOR;
      }
      boolean member = members.contains(caller.id());
      if (classRoom) {
        return caller.has(Role.PUPIL) && member ? Access.MEMBER : Access.NONE;
      }
      return member ? Access.MEMBER : Access.NONE;
    }
  }

  private final ShortCache<Long, Optional<Delivery>> cache =
      new ShortCache<>(Duration.ofSeconds(SECONDS), 512);
  private final ChatStore store;
  private final RoomRights rights;
  private final Memberships memberships;

  Deliveries(ChatStore store, RoomRights rights, Memberships memberships) {
    this.store = store;
    this.rights = rights;
    this.memberships = memberships;
  }

  /** The message with its room's members, read once for all the pages of this node. */
  public Optional<Delivery> of(long messageId) {
    return cache.get(messageId, () -> read(messageId));
  }

  private Optional<Delivery> read(long messageId) {
    return store
        .message(messageId)
        .flatMap(
            m ->
                store
                    .room(m.roomId())
                    .map(
                        room ->
                            room.classId() != null
                                ? new Delivery(
                                    m,
                                    true,
                                    memberships.pupilsOf(room.classId()),
                                    memberships.teachersOf(room.classId()))
                                : new Delivery(
                                    m,
                                    false,
                                    store.listedMembers(room.id()),
                                    rights.moderators(room))));
  }

  /**
   * Forgets a message's delivery now and again once the change is committed: a page that re-reads
   * it in between would otherwise keep the old status for the cache's few seconds.
   */
  public void forget(long messageId) {
    cache.forget(messageId);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              cache.forget(messageId);
            }
          });
    }
  }
}
