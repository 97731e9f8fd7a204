package fr.passerelle.app.classspace;

/** What a resource is: a file to open, a link to a page, or something to listen to. */
public enum ResourceKind {
  DOCUMENT,
  LINK,
  AUDIO
}
