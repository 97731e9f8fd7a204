package fr.passerelle.app.lessonbook;

/** A file's bytes, for those who may see its entry. */
public record FileContent(String fileName, String mediaType, byte[] content) {}
