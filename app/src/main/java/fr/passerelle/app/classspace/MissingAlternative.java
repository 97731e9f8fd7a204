package fr.passerelle.app.classspace;

/** An alternative a resource lacks, and how many pupils of the class need it (never who). */
public record MissingAlternative(Alternative alternative, int pupils) {}
