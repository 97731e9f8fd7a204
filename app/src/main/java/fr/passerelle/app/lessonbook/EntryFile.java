package fr.passerelle.app.lessonbook;

/** A file attached to an entry: its name, its type told from its content, its size. */
public record EntryFile(long id, String fileName, String mediaType, int sizeBytes) {}
