package fr.passerelle.accessibility.speech;

/** A text that could not be spoken, with a reason the application translates. */
public class SpeechException extends RuntimeException {

  private final SpeechError error;

  public SpeechException(SpeechError error, String detail) {
    super(error + ": " + detail);
    this.error = error;
  }

  public SpeechException(SpeechError error, String detail, Throwable cause) {
    super(error + ": " + detail, cause);
    this.error = error;
  }

  public SpeechError error() {
    return error;
  }
}
