package fr.passerelle.app.territory;

/** Class levels of French primary school, from nursery (PS) to the last elementary year (CM2). */
public enum Level {
  PS,
  MS,
  GS,
  CP,
  CE1,
  CE2,
  CM1,
  CM2
}
