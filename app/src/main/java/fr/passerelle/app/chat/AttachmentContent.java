package fr.passerelle.app.chat;

/** A file's bytes, for a member of its room. */
public record AttachmentContent(String fileName, String mediaType, byte[] content) {}
