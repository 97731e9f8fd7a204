package fr.passerelle.media.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BroadcasterTest {

  @Test
  void aSignalReachesTheSubscribersOfItsTopicAndOfTopicsAboveIt() throws InterruptedException {
    try (Broadcaster broadcaster = new Broadcaster()) {
      List<Signal> roomOne = new CopyOnWriteArrayList<>();
      List<Signal> roomTwo = new CopyOnWriteArrayList<>();
      List<Signal> roomTen = new CopyOnWriteArrayList<>();
      CountDownLatch arrived = new CountDownLatch(2);
      broadcaster.subscribe(
          "chat.room.1",
          s -> {
            roomOne.add(s);
            arrived.countDown();
          });
      broadcaster.subscribe("chat.room.2", roomTwo::add);
      broadcaster.subscribe("chat.room.10", roomTen::add);
      broadcaster.subscribeUnder("chat", s -> arrived.countDown());
      broadcaster.deliver(new Signal("chat.room.1", "MESSAGE", 42));
      assertThat(arrived.await(2, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(100);
      assertThat(roomOne).containsExactly(new Signal("chat.room.1", "MESSAGE", 42));
      assertThat(roomTwo).isEmpty();
      assertThat(roomTen).isEmpty();
    }
  }

  @Test
  void aClosedSubscriptionHearsNothing() throws InterruptedException {
    try (Broadcaster broadcaster = new Broadcaster()) {
      CountDownLatch arrived = new CountDownLatch(1);
      List<Signal> closed = new CopyOnWriteArrayList<>();
      broadcaster.subscribe("visio.class.3", s -> arrived.countDown());
      broadcaster.subscribe("visio.class.3", closed::add).close();
      broadcaster.subscribeUnder("visio", closed::add).close();
      broadcaster.deliver(new Signal("visio.class.3", "CALLED", 7));
      assertThat(arrived.await(2, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(100);
      assertThat(closed).isEmpty();
      assertThat(broadcaster.subscriberCount()).isEqualTo(1);
    }
  }

  @Test
  void aTopicUnderAnotherIsSplitOnItsDots() {
    Signal signal = new Signal("chat.room.12", "MESSAGE", 1);
    assertThat(signal.under("chat")).isTrue();
    assertThat(signal.under("chat.room")).isTrue();
    assertThat(signal.under("chat.room.1")).isFalse();
    assertThat(signal.under("cha")).isFalse();
    assertThat(signal.topicId()).isEqualTo(12);
  }

  @Test
  void aPayloadCarriesNamesAndIdsOnly() {
    Signal signal = new Signal("profile.pupil.7", "CHANGED", 12);
    String payload = signal.encode("node-a", 99);
    assertThat(payload).isEqualTo("node-a|99|profile.pupil.7|CHANGED|12");
    assertThat(Signal.decode(payload)).contains(new Signal.Received("node-a", 99, signal));
    assertThat(Signal.decode("hello")).isEmpty();
    assertThat(Signal.decode("a|1|Bad Topic|X|2")).isEmpty();
    assertThatThrownBy(() -> new Signal("chat|room", "MESSAGE", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
