package fr.passerelle.app.lessonbook;

/** A file a teacher attaches, as sent: its name (kept for display only) and its bytes. */
public record NewFile(String fileName, byte[] content) {}
