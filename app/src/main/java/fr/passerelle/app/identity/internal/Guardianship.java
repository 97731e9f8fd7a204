package fr.passerelle.app.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A parent or guardian linked to a child. */
@Entity
@Table(name = "guardianship")
@IdClass(Guardianship.Key.class)
public class Guardianship {

  @Id
  @Column(name = "parent_id")
  private Long parentId;

  @Id
  @Column(name = "pupil_id")
  private Long pupilId;

  protected Guardianship() {}

  public record Key(Long parentId, Long pupilId) implements Serializable {
    public Key() {
      this(null, null);
    }
  }
}
