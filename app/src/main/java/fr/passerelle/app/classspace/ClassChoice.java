package fr.passerelle.app.classspace;

/** A class the caller may open in the class space, and how to name it to them. */
public record ClassChoice(long id, String label, boolean writable) {}
