package fr.passerelle.app.classspace;

import org.jspecify.annotations.Nullable;

/**
 * What a teacher fills in to share a resource. On a change, a file left {@code null} keeps the one
 * already there; a blank text version removes it.
 *
 * @param file the document or audio (not for a link)
 * @param url the page a link leads to (only for a link)
 */
public record ResourceDraft(
    ResourceKind kind,
    String title,
    String description,
    @Nullable String url,
    @Nullable UploadedFile file,
    @Nullable String textVersion,
    @Nullable UploadedFile largePrint,
    @Nullable UploadedFile audioDescription) {}
