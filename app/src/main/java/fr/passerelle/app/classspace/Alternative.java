package fr.passerelle.app.classspace;

/**
 * An accessible version of a resource: a text version (read aloud, or the words of an audio), an
 * easy-to-read version (written and reviewed in the reading module), a large-print PDF, an audio
 * description.
 */
public enum Alternative {
  TEXT,
  EASY_READ,
  LARGE_PRINT,
  AUDIO_DESCRIPTION
}
