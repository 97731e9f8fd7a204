package fr.passerelle.app.classspace;

/** A file as the person sent it: its name (shown, never trusted for its type) and its bytes. */
public record UploadedFile(String name, byte[] content) {}
