package fr.passerelle.app.chat;

/** A file sent with a message: its name, its checked type and its size. */
public record AttachmentInfo(long id, String fileName, String mediaType, int sizeBytes) {}
