package fr.passerelle.app.classspace;

/** An image to publish with a news post, and the text that says what it shows. */
public record NewsImageDraft(UploadedFile file, String altText) {}
