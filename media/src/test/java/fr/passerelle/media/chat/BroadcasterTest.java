package fr.passerelle.media.chat;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.media.chat.ChatSignal.Kind;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BroadcasterTest {

  @Test
  void aSignalReachesTheSubscribersOfItsRoomOnly() throws InterruptedException {
    try (Broadcaster broadcaster = new Broadcaster()) {
      List<ChatSignal> roomOne = new CopyOnWriteArrayList<>();
      List<ChatSignal> roomTwo = new CopyOnWriteArrayList<>();
      CountDownLatch arrived = new CountDownLatch(2);
      broadcaster.subscribe(
          1,
          s -> {
            roomOne.add(s);
            arrived.countDown();
          });
      broadcaster.subscribe(2, roomTwo::add);
      broadcaster.subscribeAll(s -> arrived.countDown());
      broadcaster.deliver(new ChatSignal(Kind.MESSAGE, 1, 42));
      assertThat(arrived.await(2, TimeUnit.SECONDS)).isTrue();
      assertThat(roomOne).containsExactly(new ChatSignal(Kind.MESSAGE, 1, 42));
      assertThat(roomTwo).isEmpty();
    }
  }

  @Test
  void signalsForEveryoneReachEveryRoomAndAClosedSubscriptionNothing() throws InterruptedException {
    try (Broadcaster broadcaster = new Broadcaster()) {
      CountDownLatch arrived = new CountDownLatch(2);
      List<ChatSignal> closed = new CopyOnWriteArrayList<>();
      broadcaster.subscribe(1, s -> arrived.countDown());
      broadcaster.subscribe(2, s -> arrived.countDown());
      broadcaster.subscribe(3, closed::add).close();
      broadcaster.deliver(ChatSignal.everyone(Kind.EMERGENCY));
      assertThat(arrived.await(2, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(100);
      assertThat(closed).isEmpty();
      assertThat(broadcaster.subscriberCount()).isEqualTo(2);
    }
  }

  @Test
  void aPayloadCarriesIdsAndTheOriginOnly() {
    ChatSignal signal = new ChatSignal(Kind.PRESENCE, 7, 12);
    String payload = signal.encode("node-a");
    assertThat(payload).isEqualTo("node-a:PRESENCE:7:12");
    assertThat(ChatSignal.decode(payload)).contains(new ChatSignal.Received("node-a", signal));
    assertThat(ChatSignal.decode("hello")).isEmpty();
    assertThat(ChatSignal.decode("a:NOPE:1:2")).isEmpty();
  }
}
