package fr.passerelle.app.chat.ui;

/**
 * Ready-made answers for pupils who cannot write yet: a pictogram (Unicode, hidden from screen
 * readers) always shown with its word, never alone.
 */
enum QuickReply {
  OK("👍"),
  THANKS("🙂"),
  QUESTION("✋"),
  DONT_UNDERSTAND("❓"),
  FINISHED("✅"),
  HELP("🆘");

  private final String pictogram;

  QuickReply(String pictogram) {
    this.pictogram = pictogram;
  }

  String pictogram() {
    return pictogram;
  }

  /** The bundle key of its word. */
  String key() {
    return "chat.quick." + name();
  }
}
