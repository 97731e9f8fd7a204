package fr.passerelle.app.classspace;

/**
 * A file of a class resource (the document, its large print or audio description), without its
 * bytes.
 */
public record ResourceFile(long id, String name, String mediaType, int sizeBytes) {}
