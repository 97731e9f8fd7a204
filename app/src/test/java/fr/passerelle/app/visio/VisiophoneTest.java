package fr.passerelle.app.visio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.SettableClock;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.media.live.Signal;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A pupil away from school calls their class; its teacher accepts or declines. */
@PasserelleTest
@BothDatabases
class VisiophoneTest {

  @Autowired Visiophone visio;
  @Autowired VisioSessions sessions;
  @Autowired VisioTickets tickets;
  @Autowired JdbcClient jdbc;
  @Autowired SettableClock clock;
  @Autowired UserDetailsService users;
  @Autowired LiveSignals live;
  VisioTestSupport t;
  SignedIn signedIn;

  @BeforeEach
  void setUp() {
    t = new VisioTestSupport(jdbc, clock);
    signedIn = new SignedIn(users);
    t.at(VisioTestSupport.MONDAY_9.plusDays(1));
  }

  @AfterEach
  void cleanUp() {
    signedIn.nobody();
    jdbc.sql("delete from visio_call where pupil_id = ?")
        .param(t.demo.account("hugo.nguyen"))
        .update();
    jdbc.sql("delete from visio_session where class_id = ? and starts_at = ?")
        .params(
            t.ce1(),
            VisioTestSupport.paris(VisioTestSupport.MONDAY_9.plusDays(1))
                .atOffset(java.time.ZoneOffset.UTC))
        .update();
    t.cleanUp();
  }

  @Test
  void theTeacherAcceptsAndThePupilJoinsTheSessionStartedForHim() throws InterruptedException {
    signedIn.as("hugo.nguyen");
    BlockingQueue<Signal> rang = new LinkedBlockingQueue<>();
    ClassCall call;
    try (var s = live.subscribe(VisioSignals.classTopic(t.ce1()), rang::add)) {
      call = visio.callMyClass();
      assertThat(call.ringing()).isTrue();
      // The class's topic carries the call's id only, never the pupil's name.
      assertThat(rang.poll(5, TimeUnit.SECONDS))
          .isEqualTo(new Signal(VisioSignals.classTopic(t.ce1()), VisioSignals.CALLED, call.id()));
    }
    signedIn.as("enseignante.ferry");
    assertThat(visio.bellTopics()).contains(VisioSignals.classTopic(t.ce1()));

    signedIn.as("enseignant.bergson.cm1");
    assertThat(visio.ringing()).noneMatch(c -> c.id() == call.id());
    assertThatThrownBy(() -> visio.answer(call.id(), true))
        .isInstanceOf(VisioRefusedException.class);

    signedIn.as("enseignante.ferry");
    assertThat(visio.ringing())
        .anySatisfy(
            c -> {
              assertThat(c.id()).isEqualTo(call.id());
              assertThat(c.pupilName()).isEqualTo("Hugo Nguyen");
            });
    Optional<Long> session = visio.answer(call.id(), true);
    assertThat(session).isPresent();
    t.track(session.get());
    assertThat(visio.ringing()).noneMatch(c -> c.id() == call.id());
    assertThatThrownBy(() -> visio.answer(call.id(), false))
        .isInstanceOfSatisfying(
            VisioRefusedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("visio.refused.callOver"));

    signedIn.as("hugo.nguyen");
    assertThat(visio.myCall(call.id()).state()).isEqualTo("ACCEPTED");
    assertThat(sessions.liveForMyClass()).map(SessionSummary::id).isEqualTo(session);
    assertThat(tickets.join(session.get()).moderator()).isFalse();
  }

  @Test
  void aDeclinedOrUnansweredCallStopsRinging() {
    signedIn.as("hugo.nguyen");
    ClassCall declined = visio.callMyClass();
    signedIn.as("enseignante.ferry");
    assertThat(visio.answer(declined.id(), false)).isEmpty();
    signedIn.as("hugo.nguyen");
    assertThat(visio.myCall(declined.id()).state()).isEqualTo("DECLINED");
    assertThat(sessions.liveForMyClass()).isEmpty();

    ClassCall forgotten = visio.callMyClass();
    clock.set(clock.instant().plus(Visiophone.RING_TIMEOUT).plus(Duration.ofSeconds(1)));
    signedIn.as("enseignante.ferry");
    assertThat(visio.ringing()).noneMatch(c -> c.id() == forgotten.id());

    signedIn.as("lea.martin");
    assertThatThrownBy(() -> visio.myCall(forgotten.id()))
        .isInstanceOf(VisioRefusedException.class);
  }
}
