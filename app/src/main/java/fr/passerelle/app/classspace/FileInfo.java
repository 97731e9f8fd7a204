package fr.passerelle.app.classspace;

/** A stored file, without its bytes. */
public record FileInfo(long id, String name, String mediaType, int sizeBytes) {}
