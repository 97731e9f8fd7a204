package fr.passerelle.app.chat;

import fr.passerelle.app.chat.ChatSignal.Kind;
import fr.passerelle.app.chat.internal.ChatStore;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.platform.NoCallerCheck;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.territory.Scope;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has a room open now, on any node. Each node writes its own rows (node, room, person) when a
 * page opens and removes them when the last page of that person closes; it refreshes them every 30
 * seconds, and rows not refreshed for 90 seconds (a node that stopped) no longer count. Each change
 * sends a PRESENCE signal so other nodes re-read the list.
 */
@Service
@Transactional
public class ChatPresence {

  static final Duration STALE = Duration.ofSeconds(90);

  /** Proof that a page entered a room; hand it back to leave. */
  public record Ticket(long roomId, long accountId) {}

  private final ChatStore store;
  private final ChatRooms rooms;
  private final ChatFanOut fanOut;
  private final Scope scope;
  private final People people;
  private final SchoolTime time;
  private final Map<Ticket, Integer> open = new ConcurrentHashMap<>();

  ChatPresence(
      ChatStore store,
      ChatRooms rooms,
      ChatFanOut fanOut,
      Scope scope,
      People people,
      SchoolTime time) {
    this.store = store;
    this.rooms = rooms;
    this.fanOut = fanOut;
    this.scope = scope;
    this.people = people;
    this.time = time;
  }

  /** The caller opened a room (they must belong to it). */
  @PreAuthorize("isAuthenticated()")
  public Ticket enter(long roomId) {
    Caller caller = scope.caller();
    rooms.room(roomId);
    Ticket ticket = new Ticket(roomId, caller.id());
    if (open.merge(ticket, 1, Integer::sum) == 1) {
      store.enterPresence(fanOut.nodeId(), roomId, caller.id(), time.now());
      fanOut.publish(new ChatSignal(Kind.PRESENCE, roomId, caller.id()));
    }
    return ticket;
  }

  /** A page that entered the room closed. */
  @NoCallerCheck(
      "a page hands back the ticket its enter() gave; it runs when the page detaches, also when"
          + " the session ends and there is no caller any more")
  public void leave(Ticket ticket) {
    Integer left = open.computeIfPresent(ticket, (t, n) -> n > 1 ? n - 1 : null);
    if (left == null) {
      store.leavePresence(fanOut.nodeId(), ticket.roomId(), ticket.accountId());
      fanOut.publish(new ChatSignal(Kind.PRESENCE, ticket.roomId(), ticket.accountId()));
    }
  }

  /** Who has the room open now, on any node. Members only. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<PersonName> present(long roomId) {
    rooms.room(roomId);
    return people.names(store.present(roomId, time.now().minus(STALE)));
  }

  /**
   * Keeps this node's rows fresh. Per node, not once per cluster: each node refreshes the rows of
   * the pages it holds (rows are keyed by node), so that a node that stops fades out of the list.
   */
  @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
  void refresh() {
    store.refreshPresence(fanOut.nodeId(), time.now());
  }
}
