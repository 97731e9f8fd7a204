package fr.passerelle.app.filtering;

import org.jspecify.annotations.Nullable;

/** Which level a policy belongs to: the territory, a school, or a class (with its school). */
public record PolicyScope(Kind kind, @Nullable Long schoolId, @Nullable Long classId) {

  public enum Kind {
    TERRITORY,
    SCHOOL,
    CLASS
  }

  public static PolicyScope territory() {
    return new PolicyScope(Kind.TERRITORY, null, null);
  }

  public static PolicyScope school(long schoolId) {
    return new PolicyScope(Kind.SCHOOL, schoolId, null);
  }

  public static PolicyScope ofClass(long schoolId, long classId) {
    return new PolicyScope(Kind.CLASS, schoolId, classId);
  }

  /** The engine's name of the level: {@code territory}, {@code school:12}, {@code class:5}. */
  public String engineName() {
    return switch (kind) {
      case TERRITORY -> "territory";
      case SCHOOL -> "school:" + schoolId;
      case CLASS -> "class:" + classId;
    };
  }
}
