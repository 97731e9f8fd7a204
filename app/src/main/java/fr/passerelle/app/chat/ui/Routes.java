package fr.passerelle.app.chat.ui;

/** The chat's addresses. */
final class Routes {

  private Routes() {}

  static final String HOME = "chat";
  static final String ROOM = "chat/salon";
  static final String CLASS = "chat/classe";
  static final String PRIVATE = "chat/prive";
  static final String ADMIN = "chat/administration";

  static String room(long roomId) {
    return ROOM + "/" + roomId;
  }
}
