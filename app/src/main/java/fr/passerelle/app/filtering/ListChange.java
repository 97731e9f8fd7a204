package fr.passerelle.app.filtering;

/** What a version changed in one category compared with the version before. */
public record ListChange(
    String category, int added, int removed, String examplesAdded, String examplesRemoved) {}
