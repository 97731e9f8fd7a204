package fr.passerelle.app.absences;

/** Why a child is absent, as a parent says it: a short list, plain words. */
public enum Reason {
  ILLNESS,
  MEDICAL,
  FAMILY,
  OTHER
}
