package fr.passerelle.app.territory.internal;

import fr.passerelle.app.territory.Need;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

@Entity
@Table(name = "pupil_need")
@IdClass(DeclaredNeed.Key.class)
public class DeclaredNeed {

  @Id
  @Column(name = "pupil_id")
  private Long pupilId;

  @Id
  @Enumerated(EnumType.STRING)
  private Need need;

  protected DeclaredNeed() {}

  public Long getPupilId() {
    return pupilId;
  }

  public Need getNeed() {
    return need;
  }

  public record Key(Long pupilId, Need need) implements Serializable {
    public Key() {
      this(null, null);
    }
  }
}
