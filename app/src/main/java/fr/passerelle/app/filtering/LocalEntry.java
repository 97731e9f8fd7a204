package fr.passerelle.app.filtering;

/** An entry of a local list ({@code local-allow} or {@code local-block}): a domain or a URL. */
public record LocalEntry(long id, String list, String kind, String entry) {}
