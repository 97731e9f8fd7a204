package fr.passerelle.app.classspace;

/** A stored file's bytes, for someone who may see it. */
public record StoredFile(String name, String mediaType, byte[] content) {}
