package fr.passerelle.filtering;

/** What a rule does to the requests it matches. */
public enum Action {
  ALLOW,
  BLOCK
}
