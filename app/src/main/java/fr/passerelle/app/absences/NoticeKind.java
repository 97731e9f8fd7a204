package fr.passerelle.app.absences;

/** Whether a parent announced the absence beforehand or justified it afterwards. */
public enum NoticeKind {
  ADVANCE,
  JUSTIFICATION
}
