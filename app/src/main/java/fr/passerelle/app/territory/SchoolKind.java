package fr.passerelle.app.territory;

public enum SchoolKind {
  NURSERY,
  ELEMENTARY,
  PRIMARY
}
