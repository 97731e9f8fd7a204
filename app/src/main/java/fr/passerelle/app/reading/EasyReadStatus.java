package fr.passerelle.app.reading;

/** Where an easy-to-read version is: written, waiting for review, seen by pupils, or sent back. */
public enum EasyReadStatus {
  DRAFT,
  SUBMITTED,
  VALIDATED,
  REJECTED
}
