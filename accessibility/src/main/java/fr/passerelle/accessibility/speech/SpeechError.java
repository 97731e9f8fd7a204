package fr.passerelle.accessibility.speech;

/** Why a text was not spoken; the application translates each one ({@code speech.error.NAME}). */
public enum SpeechError {
  /** Nothing to say: the text is empty or has no word. */
  EMPTY,
  /** The text is longer than {@link SpeechRequest#MAX_CHARACTERS}. */
  TOO_LONG,
  /** No engine speaks this language here. */
  UNSUPPORTED_LANGUAGE,
  /** The engine took longer than its time limit; it is isolated for a while. */
  TIMEOUT,
  /** The engine failed, or is isolated after a failure or a timeout. */
  ENGINE_FAILED,
  /** Too many syntheses waiting: try again in a moment. */
  BUSY
}
