package fr.passerelle.app.schoollife;

/** A file attached to an entry: its name, its type told from its content, its size. */
public record FileInfo(long id, String fileName, String mediaType, int sizeBytes) {}
