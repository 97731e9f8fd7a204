package fr.passerelle.app.territory.internal;

import fr.passerelle.app.territory.SchoolKind;
import fr.passerelle.app.territory.SchoolSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "school")
public class School {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "commune_id")
  private Commune commune;

  @Column(nullable = false)
  private String uai;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SchoolKind kind;

  protected School() {}

  public Long getId() {
    return id;
  }

  public Commune getCommune() {
    return commune;
  }

  public String getName() {
    return name;
  }

  public SchoolSummary toSummary() {
    return new SchoolSummary(id, name, uai, kind, commune.getId(), commune.getName());
  }
}
