package fr.passerelle.accessibility.profile;

/**
 * One person's accessibility settings, applied on every view and read by other features (visio:
 * captions, start muted, tile size; speech: voice and rate). Immutable: change with the {@code
 * with...} methods, which keep every value within its bounds.
 *
 * @param textSize text size in percent, 100 to 200, by steps of 25
 * @param lineSpacing line height, 1.5 to 2.5
 * @param letterSpacing extra letter spacing in em, 0 to 0.2
 * @param wordSpacing extra word spacing in em, 0 to 0.4
 * @param lineLength maximum line length in characters, 40 to 90, or 0 for no limit
 * @param scanIntervalMs the time the scanning highlight stays on one item, 500 to 5000 ms
 * @param dwellMs how long the pointer must rest on a control to click it, 500 to 4000 ms
 * @param speechRate speech rate in percent of normal, 50 to 200
 * @param speakOnFocus each control's name is read aloud when it gets focus
 * @param syllables French text is coloured syllable by syllable
 */
public record AccessibilityProfile(
    Theme theme,
    Font font,
    int textSize,
    double lineSpacing,
    double letterSpacing,
    double wordSpacing,
    int lineLength,
    boolean largeTargets,
    boolean thickFocus,
    boolean largePointer,
    boolean reducedMotion,
    boolean simplified,
    boolean readingRuler,
    boolean showShortcuts,
    boolean scanning,
    int scanIntervalMs,
    boolean dwellClick,
    int dwellMs,
    boolean captions,
    String voice,
    int speechRate,
    boolean speakOnFocus,
    boolean syllables) {

  public static final int MIN_TEXT_SIZE = 100;
  public static final int MAX_TEXT_SIZE = 200;

  public AccessibilityProfile {
    textSize = clamp(Math.round(textSize / 25f) * 25, MIN_TEXT_SIZE, MAX_TEXT_SIZE);
    lineSpacing = clamp(lineSpacing, 1.5, 2.5);
    letterSpacing = clamp(letterSpacing, 0, 0.2);
    wordSpacing = clamp(wordSpacing, 0, 0.4);
    lineLength = lineLength == 0 ? 0 : clamp(lineLength, 40, 90);
    scanIntervalMs = clamp(scanIntervalMs, 500, 5000);
    dwellMs = clamp(dwellMs, 500, 4000);
    speechRate = clamp(speechRate, 50, 200);
    voice = voice == null || voice.isBlank() ? "fr" : voice;
  }

  /** Everyone starts here: the default theme, nothing enlarged, nothing moving on its own. */
  public static AccessibilityProfile defaults() {
    return new AccessibilityProfile(
        Theme.DEFAULT,
        Font.DEFAULT,
        100,
        1.5,
        0,
        0,
        70,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        1500,
        false,
        1200,
        false,
        "fr",
        100,
        false,
        false);
  }

  /** A copy to change: {@code profile.toBuilder().theme(...).build()}. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a changed copy of a profile; bounds are applied when it is built. */
  public static final class Builder {
    private Theme theme;
    private Font font;
    private int textSize;
    private double lineSpacing;
    private double letterSpacing;
    private double wordSpacing;
    private int lineLength;
    private boolean largeTargets;
    private boolean thickFocus;
    private boolean largePointer;
    private boolean reducedMotion;
    private boolean simplified;
    private boolean readingRuler;
    private boolean showShortcuts;
    private boolean scanning;
    private int scanIntervalMs;
    private boolean dwellClick;
    private int dwellMs;
    private boolean captions;
    private String voice;
    private int speechRate;
    private boolean speakOnFocus;
    private boolean syllables;

    private Builder(AccessibilityProfile p) {
      theme = p.theme;
      font = p.font;
      textSize = p.textSize;
      lineSpacing = p.lineSpacing;
      letterSpacing = p.letterSpacing;
      wordSpacing = p.wordSpacing;
      lineLength = p.lineLength;
      largeTargets = p.largeTargets;
      thickFocus = p.thickFocus;
      largePointer = p.largePointer;
      reducedMotion = p.reducedMotion;
      simplified = p.simplified;
      readingRuler = p.readingRuler;
      showShortcuts = p.showShortcuts;
      scanning = p.scanning;
      scanIntervalMs = p.scanIntervalMs;
      dwellClick = p.dwellClick;
      dwellMs = p.dwellMs;
      captions = p.captions;
      voice = p.voice;
      speechRate = p.speechRate;
      speakOnFocus = p.speakOnFocus;
      syllables = p.syllables;
    }

    public Builder theme(Theme value) {
      theme = value;
      return this;
    }

    public Builder font(Font value) {
      font = value;
      return this;
    }

    public Builder textSize(int value) {
      textSize = value;
      return this;
    }

    public Builder lineSpacing(double value) {
      lineSpacing = value;
      return this;
    }

    public Builder letterSpacing(double value) {
      letterSpacing = value;
      return this;
    }

    public Builder wordSpacing(double value) {
      wordSpacing = value;
      return this;
    }

    public Builder lineLength(int value) {
      lineLength = value;
      return this;
    }

    public Builder largeTargets(boolean value) {
      largeTargets = value;
      return this;
    }

    public Builder thickFocus(boolean value) {
      thickFocus = value;
      return this;
    }

    public Builder largePointer(boolean value) {
      largePointer = value;
      return this;
    }

    public Builder reducedMotion(boolean value) {
      reducedMotion = value;
      return this;
    }

    public Builder simplified(boolean value) {
      simplified = value;
      return this;
    }

    public Builder readingRuler(boolean value) {
      readingRuler = value;
      return this;
    }

    public Builder showShortcuts(boolean value) {
      showShortcuts = value;
      return this;
    }

    public Builder scanning(boolean value) {
      scanning = value;
      return this;
    }

    public Builder scanIntervalMs(int value) {
      scanIntervalMs = value;
      return this;
    }

    public Builder dwellClick(boolean value) {
      dwellClick = value;
      return this;
    }

    public Builder dwellMs(int value) {
      dwellMs = value;
      return this;
    }

    public Builder captions(boolean value) {
      captions = value;
      return this;
    }

    public Builder voice(String value) {
      voice = value;
      return this;
    }

    public Builder speechRate(int value) {
      speechRate = value;
      return this;
    }

    /** Reads each control's name aloud when it gets focus, for pupils who cannot read yet. */
    public Builder speakOnFocus(boolean value) {
      speakOnFocus = value;
      return this;
    }

    /** Colours French text syllable by syllable, silent letters dimmed. */
    public Builder syllables(boolean value) {
      syllables = value;
      return this;
    }

    public AccessibilityProfile build() {
      return new AccessibilityProfile(
          theme,
          font,
          textSize,
          lineSpacing,
          letterSpacing,
          wordSpacing,
          lineLength,
          largeTargets,
          thickFocus,
          largePointer,
          reducedMotion,
          simplified,
          readingRuler,
          showShortcuts,
          scanning,
          scanIntervalMs,
          dwellClick,
          dwellMs,
          captions,
          voice,
          speechRate,
          speakOnFocus,
          syllables);
    }
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }
}
