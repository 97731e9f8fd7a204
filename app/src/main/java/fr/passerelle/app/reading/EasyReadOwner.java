package fr.passerelle.app.reading;

/**
 * The text an easy-to-read version belongs to: its feature's kind ({@code "homework"}, {@code
 * "lesson"}, {@code "class"}...), its id in that feature, and the class it is published to (whose
 * teachers and school decide who may write and review it, and whose pupils read it).
 */
public record EasyReadOwner(String kind, long id, long classId) {

  public EasyReadOwner {
    if (!kind.matches("[a-z][a-z0-9-]{0,39}")) {
      throw new IllegalArgumentException("Owner kind: lower-case letters, digits, '-': " + kind);
    }
  }

  /** The owner as an audit target, for example {@code easy-read:homework:42}. */
  public String target() {
    return "easy-read:" + kind + ":" + id;
  }
}
