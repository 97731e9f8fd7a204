package fr.passerelle.app.family;

/** How often a parent hears about family news by e-mail. */
public enum Frequency {
  /** No e-mail. */
  NONE,
  /** One e-mail for each piece of news, at once. */
  IMMEDIATE,
  /** One e-mail a day at the configured hour, with everything since the last one. */
  DIGEST
}
