package fr.passerelle.app.chat;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.Application;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.chat.ChatSignal.Kind;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.media.live.Broadcaster.Subscription;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two application nodes on one PostgreSQL database: this test's context is node A; node B is a
 * second Spring application started here on another random port with the same datasource. What
 * happens on A reaches B through LISTEN/NOTIFY, and B reads the rest from the database.
 */
@PasserelleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatTwoNodeTest {

  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;
  @Autowired ChatRooms roomsA;
  @Autowired ChatMessages messagesA;
  @Autowired ChatModeration moderationA;
  @Autowired ChatPresence presenceA;
  @Autowired ChatFanOut fanOutA;

  ConfigurableApplicationContext nodeB;
  SecurityContextHolderStrategy strategy;
  SecurityContextHolderStrategy strategyB;
  ChatCallers callers;
  long room;

  @BeforeAll
  void startNodeB() {
    // Vaadin makes each starting context's strategy the JVM-wide one: keep node A's.
    strategy = SecurityContextHolder.getContextHolderStrategy();
    nodeB =
        new SpringApplicationBuilder(Application.class)
            .profiles("test")
            .properties("server.port=0", "spring.main.banner-mode=off")
            .run();
    strategyB = SecurityContextHolder.getContextHolderStrategy();
    SecurityContextHolder.setContextHolderStrategy(strategy);
    callers = new ChatCallers(users);
    long ce1 = new DemoAccounts(jdbc).schoolClass("0420101A", "CE1");
    room = callers.as("lea.martin", () -> roomsA.classRoom(ce1)).id();
  }

  /** Runs a call on node B as an account: node B's method security reads its own strategy. */
  <T> T onB(String username, java.util.function.Supplier<T> call) {
    SecurityContextHolder.setContextHolderStrategy(strategyB);
    try {
      return callers.as(username, call);
    } finally {
      SecurityContextHolder.setContextHolderStrategy(strategy);
    }
  }

  @AfterAll
  void stopNodeB() {
    if (nodeB != null) {
      nodeB.close();
    }
    SecurityContextHolder.setContextHolderStrategy(strategy);
  }

  @Test
  void aMessagePostedOnNodeAReachesASubscriberOnNodeB() throws InterruptedException {
    ChatFanOut fanOutB = nodeB.getBean(ChatFanOut.class);
    assertThat(fanOutA.multiNode()).isTrue();
    assertThat(fanOutB.multiNode()).isTrue();
    assertThat(fanOutB.nodeId()).isNotEqualTo(fanOutA.nodeId());
    BlockingQueue<ChatSignal> onB = new LinkedBlockingQueue<>();
    try (Subscription s = fanOutB.subscribe(room, onB::add)) {
      ChatMessage sent = callers.as("lea.martin", () -> messagesA.send(room, "Bonjour depuis A"));
      ChatSignal signal = onB.poll(5, TimeUnit.SECONDS);
      assertThat(signal).isEqualTo(new ChatSignal(Kind.MESSAGE, room, sent.id()));
      // Node B reads the message from the database, as Hugo, through its own service.
      ChatMessages messagesB = nodeB.getBean(ChatMessages.class);
      ChatMessage readOnB = onB("hugo.nguyen", () -> messagesB.message(sent.id())).orElseThrow();
      assertThat(readOnB.body()).isEqualTo("Bonjour depuis A");
      assertThat(readOnB.authorName()).isEqualTo("Léa Martin");
      // Exactly once: node B delivered nothing else for this message.
      assertThat(onB.poll(500, TimeUnit.MILLISECONDS)).isNull();
    }
  }

  @Test
  void presenceOnNodeAIsSeenOnNodeB() throws InterruptedException {
    ChatFanOut fanOutB = nodeB.getBean(ChatFanOut.class);
    ChatPresence presenceB = nodeB.getBean(ChatPresence.class);
    BlockingQueue<ChatSignal> onB = new LinkedBlockingQueue<>();
    // A pupil with no chat page open in this JVM (the browser test's pages may still be alive).
    String pupil =
        jdbc.sql(
                "select a.username from account a join enrolment e on e.pupil_id = a.id join"
                    + " chat_room r on r.class_id = e.class_id where r.id = ? and a.username not"
                    + " in ('lea.martin', 'hugo.nguyen') order by a.username")
            .param(room)
            .query(String.class)
            .list()
            .getLast();
    long lea = new DemoAccounts(jdbc).account(pupil);
    String name =
        jdbc.sql("select first_name || ' ' || last_name from account where id = ?")
            .param(lea)
            .query(String.class)
            .single();
    try (Subscription s = fanOutB.subscribe(room, onB::add)) {
      ChatPresence.Ticket ticket = callers.as(pupil, () -> presenceA.enter(room));
      assertThat(onB.poll(5, TimeUnit.SECONDS)).isEqualTo(new ChatSignal(Kind.PRESENCE, room, lea));
      assertThat(onB("hugo.nguyen", () -> presenceB.present(room)))
          .extracting(PersonName::full)
          .contains(name);

      presenceA.leave(ticket);
      assertThat(onB.poll(5, TimeUnit.SECONDS)).isEqualTo(new ChatSignal(Kind.PRESENCE, room, lea));
      assertThat(onB("hugo.nguyen", () -> presenceB.present(room)))
          .extracting(PersonName::full)
          .doesNotContain(name);
    }
  }

  @Test
  void theEmergencySwitchOnNodeAReachesEveryRoomOnNodeB() throws InterruptedException {
    ChatFanOut fanOutB = nodeB.getBean(ChatFanOut.class);
    BlockingQueue<ChatSignal> onB = new LinkedBlockingQueue<>();
    try (Subscription s = fanOutB.subscribe(room, onB::add)) {
      callers.run("admin", () -> moderationA.suspendAll("Pause"));
      try {
        assertThat(onB.poll(5, TimeUnit.SECONDS)).isEqualTo(ChatSignal.everyone(Kind.EMERGENCY));
        assertThat(onB("hugo.nguyen", () -> nodeB.getBean(ChatModeration.class).emergency()))
            .satisfies(e -> assertThat(e.suspended()).isTrue());
      } finally {
        callers.run("admin", () -> moderationA.resumeAll());
      }
    }
  }
}
