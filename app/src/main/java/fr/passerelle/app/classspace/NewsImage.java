package fr.passerelle.app.classspace;

/** A published image: fetched through {@link NewsService#image(long)}, always with its text. */
public record NewsImage(long id, String altText) {}
