package fr.passerelle.app.liaison;

import org.jspecify.annotations.Nullable;

/** Where the caller may post: a class, or the whole school ({@code classId} null, directors). */
public record LiaisonAudience(@Nullable Long classId, String label) {

  public boolean wholeSchool() {
    return classId == null;
  }
}
