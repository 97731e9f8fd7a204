package fr.passerelle.app.filtering;

/** A malformed list line skipped during an import. */
public record SkippedLine(String source, int line, String content, String reason) {}
