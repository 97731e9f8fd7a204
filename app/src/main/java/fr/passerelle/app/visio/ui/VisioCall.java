package fr.passerelle.app.visio.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.passerelle.app.visio.CallTicket;
import fr.passerelle.media.visio.ScriptJson;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One person's call: the Jitsi frame (through scripts/visio.js) and, around it, Passerelle's own
 * large, labelled controls, operable by keyboard and switch, which run the IFrame API's commands.
 * The call's events come back here and are announced in words.
 */
class VisioCall extends Div {

  static final String SCRIPT = "./scripts/visio.js";

  private final CallTicket ticket;
  private final Consumer<String> announce;
  private final @Nullable Runnable endForAll;
  private final @Nullable String chatHref;

  private final Paragraph status = new Paragraph();
  private final Div frame = new Div();
  private final Section controls = new Section();
  private final Section lobbySection = new Section();
  private final UnorderedList lobbyList = new UnorderedList();
  private final Div fallback = new Div();
  private final Div after = new Div();
  private final Button microphone = new Button();
  private final Button camera = new Button();
  private final Button hand = new Button();
  private final Button captions = new Button();
  private final Button lobbyToggle = new Button();
  private final Map<String, ListItem> knocking = new HashMap<>();

  private boolean audioMuted = true;
  private boolean videoMuted;
  private boolean handRaised;
  private boolean captionsOn;
  private boolean lobbyOn = true;
  private String localId = "";

  VisioCall(
      CallTicket ticket,
      Consumer<String> announce,
      @Nullable Runnable endForAll,
      @Nullable String chatHref) {
    this.ticket = ticket;
    this.announce = announce;
    this.endForAll = endForAll;
    this.chatHref = chatHref;
    this.captionsOn = ticket.captions();
    addClassName("visio-call");
    status.addClassName("visio-status");
    status.setId("visio-status");
    status.setText(
        getTranslation(ticket.lobby() ? "visio.call.lobbyWait" : "visio.call.connecting"));
    frame.addClassName("visio-frame");
    frame.setId("visio-frame");
    // Passerelle's controls and the lobby come before the frame: Tab reaches them first.
    add(status, controls());
    if (ticket.moderator()) {
      add(lobby());
    }
    add(frame);
    fallback.addClassName("visio-fallback");
    fallback.setVisible(false);
    after.addClassName("visio-after");
    after.setVisible(false);
    add(fallback, after);
  }

  private Section controls() {
    controls.addClassName("visio-controls");
    controls.getElement().setAttribute("aria-label", getTranslation("visio.controls.label"));
    Div row = new Div();
    row.addClassName("visio-buttons");
    control(microphone, "visio-microphone", () -> command("toggleAudio"));
    control(camera, "visio-camera", () -> command("toggleVideo"));
    control(hand, "visio-hand", this::toggleHand);
    control(captions, "visio-captions", this::toggleCaptions);
    row.add(microphone, camera, hand, captions);
    if (chatHref != null) {
      Anchor chat = new Anchor(chatHref, getTranslation("visio.controls.chat"));
      chat.setTarget("_blank");
      chat.setId("visio-chat");
      chat.addClassName("visio-link");
      row.add(chat);
    }
    Button leave = new Button(getTranslation("visio.controls.leave"), e -> command("hangup"));
    leave.setId("visio-leave");
    leave.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    row.add(leave);
    controls.add(row);
    if (ticket.moderator()) {
      Div teacher = new Div();
      teacher.addClassName("visio-buttons");
      Button muteAll =
          new Button(
              getTranslation("visio.controls.muteEveryone"),
              e -> {
                command("muteEveryone");
                announce.accept(getTranslation("visio.announce.everyoneMuted"));
              });
      muteAll.setId("visio-mute-everyone");
      control(lobbyToggle, "visio-lobby", this::toggleLobby);
      teacher.add(muteAll, lobbyToggle);
      if (!ticket.interpreters().isEmpty()) {
        Button pin = new Button(getTranslation("visio.controls.pinInterpreter"), e -> pin());
        pin.setId("visio-pin");
        teacher.add(pin);
      }
      Button end =
          new Button(
              getTranslation("visio.controls.endForAll"),
              e -> {
                command("endConference");
                if (endForAll != null) {
                  endForAll.run();
                }
                announce.accept(getTranslation("visio.announce.ended"));
              });
      end.setId("visio-end");
      end.addThemeVariants(ButtonVariant.LUMO_ERROR);
      teacher.add(end);
      controls.add(teacher);
    }
    refresh();
    return controls;
  }

  private Section lobby() {
    lobbySection.addClassNames("visio-lobby", "card");
    lobbySection.add(new H2(getTranslation("visio.lobby.heading")));
    lobbyList.setId("visio-lobby-list");
    Paragraph empty = new Paragraph(getTranslation("visio.lobby.empty"));
    empty.addClassName("visio-lobby-empty");
    lobbySection.add(empty, lobbyList);
    return lobbySection;
  }

  private void control(Button button, String id, Runnable action) {
    button.setId(id);
    button.addClickListener(e -> action.run());
  }

  private void refresh() {
    microphone.setText(
        getTranslation(audioMuted ? "visio.controls.micOn" : "visio.controls.micOff"));
    camera.setText(
        getTranslation(videoMuted ? "visio.controls.cameraOn" : "visio.controls.cameraOff"));
    hand.setText(getTranslation(handRaised ? "visio.controls.handDown" : "visio.controls.handUp"));
    captions.setText(
        getTranslation(captionsOn ? "visio.controls.captionsOff" : "visio.controls.captionsOn"));
    lobbyToggle.setText(
        getTranslation(lobbyOn ? "visio.controls.lobbyOff" : "visio.controls.lobbyOn"));
  }

  private void toggleHand() {
    command("toggleRaiseHand");
    handRaised = !handRaised;
    refresh();
    announce.accept(
        getTranslation(handRaised ? "visio.announce.myHandUp" : "visio.announce.myHandDown"));
  }

  private void toggleCaptions() {
    captionsOn = !captionsOn;
    getElement()
        .executeJs(
            "window.PasserelleVisio && window.PasserelleVisio.command(this, 'setSubtitles',"
                + " [$0, $0, 'fr'])",
            captionsOn);
    refresh();
    announce.accept(
        getTranslation(captionsOn ? "visio.announce.captionsOn" : "visio.announce.captionsOff"));
  }

  private void toggleLobby() {
    lobbyOn = !lobbyOn;
    getElement()
        .executeJs(
            "window.PasserelleVisio && window.PasserelleVisio.command(this, 'toggleLobby', [$0])",
            lobbyOn);
    refresh();
    announce.accept(getTranslation(lobbyOn ? "visio.announce.lobbyOn" : "visio.announce.lobbyOff"));
  }

  private void pin() {
    getElement()
        .executeJs(
            "return window.PasserelleVisio ? window.PasserelleVisio.pin(this, JSON.parse($0)) : false",
            jsonList(ticket.interpreters()))
        .then(
            Boolean.class,
            pinned ->
                announce.accept(
                    getTranslation(
                        Boolean.TRUE.equals(pinned)
                            ? "visio.announce.interpreterPinned"
                            : "visio.announce.interpreterAbsent")));
  }

  private void command(String name) {
    getElement()
        .executeJs("window.PasserelleVisio && window.PasserelleVisio.command(this, $0, [])", name);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    event.getUI().getPage().addJavaScript(SCRIPT);
    getElement()
        .executeJs(
            "const host = this; const o = {scriptUrl: $0, domain: $1, roomName: $2, jwt: $3,"
                + " config: JSON.parse($4), interfaceConfig: JSON.parse($5), displayName: $6,"
                + " moderator: $7, lobby: $8, captions: $9, frameTitle: $10};"
                + " (function go(tries) { if (window.PasserelleVisio) {"
                + " window.PasserelleVisio.start(host, o); }"
                + " else if (tries > 0) { setTimeout(() => go(tries - 1), 25); }"
                + " else { host.$server.scriptFailed(); } })(400);",
            ticket.scriptUrl(),
            ticket.apiDomain(),
            ticket.roomName(),
            ticket.jwt() == null ? "" : ticket.jwt(),
            ticket.configJson(),
            ticket.interfaceConfigJson(),
            ticket.displayName(),
            ticket.moderator(),
            true,
            ticket.captions(),
            getTranslation("visio.call.frameTitle", ticket.title()));
  }

  /** The IFrame API could not be loaded: say so, and offer the class chat instead. */
  @ClientCallable
  void scriptFailed() {
    frame.setVisible(false);
    controls.setVisible(false);
    lobbySection.setVisible(false);
    status.setVisible(false);
    fallback.removeAll();
    Paragraph message = new Paragraph(getTranslation("visio.fallback.message"));
    message.setId("visio-fallback-message");
    fallback.add(message);
    if (chatHref != null) {
      Anchor chat = new Anchor(chatHref, getTranslation("visio.fallback.chat"));
      chat.setId("visio-fallback-chat");
      fallback.add(chat);
    }
    fallback.setVisible(true);
    announce.accept(getTranslation("visio.fallback.message"));
  }

  /** An event of the call, reported by visio.js. */
  @ClientCallable
  void event(String kind, String id, String name, boolean flag) {
    String who = name.isBlank() ? getTranslation("visio.announce.someone") : name;
    switch (kind) {
      case "joined" -> {
        localId = id;
        status.setText(getTranslation("visio.call.joined"));
        announce.accept(getTranslation("visio.announce.joined"));
      }
      case "participantJoined" ->
          announce.accept(getTranslation("visio.announce.participantJoined", who));
      case "participantLeft" ->
          announce.accept(getTranslation("visio.announce.participantLeft", who));
      case "hand" -> {
        if (!id.equals(localId) && flag) {
          announce.accept(getTranslation("visio.announce.handUp", who));
        }
      }
      case "knock" -> knock(id, who);
      case "audio" -> {
        if (audioMuted != flag) {
          audioMuted = flag;
          refresh();
          announce.accept(getTranslation(flag ? "visio.announce.micOff" : "visio.announce.micOn"));
        }
      }
      case "video" -> {
        if (videoMuted != flag) {
          videoMuted = flag;
          refresh();
          announce.accept(
              getTranslation(flag ? "visio.announce.cameraOff" : "visio.announce.cameraOn"));
        }
      }
      case "left" -> left();
      default -> {
        // Other events are not shown.
      }
    }
  }

  private void knock(String id, String who) {
    announce.accept(getTranslation("visio.announce.knock", who));
    if (!ticket.moderator() || knocking.containsKey(id)) {
      return;
    }
    Button admit =
        new Button(getTranslation("visio.lobby.admit", who), e -> answerKnock(id, who, true));
    admit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    admit.addClassName("visio-admit");
    Button refuse =
        new Button(getTranslation("visio.lobby.refuse", who), e -> answerKnock(id, who, false));
    refuse.addClassName("visio-refuse");
    ListItem item = new ListItem(new Paragraph(who), admit, refuse);
    knocking.put(id, item);
    lobbyList.add(item);
  }

  private void answerKnock(String id, String who, boolean admit) {
    getElement()
        .executeJs(
            "window.PasserelleVisio && window.PasserelleVisio.command(this,"
                + " 'answerKnockingParticipant', [$0, $1])",
            id,
            admit);
    ListItem item = knocking.remove(id);
    if (item != null) {
      lobbyList.remove(item);
    }
    announce.accept(
        getTranslation(admit ? "visio.announce.admitted" : "visio.announce.refused", who));
  }

  private void left() {
    frame.setVisible(false);
    controls.setVisible(false);
    lobbySection.setVisible(false);
    status.setText(getTranslation("visio.call.left"));
    after.removeAll();
    Anchor home = new Anchor("", getTranslation("visio.call.home"));
    home.setId("visio-home");
    after.add(home);
    after.setVisible(true);
    announce.accept(getTranslation("visio.announce.left"));
  }

  private static String jsonList(List<String> values) {
    return ScriptJson.write(values);
  }
}
