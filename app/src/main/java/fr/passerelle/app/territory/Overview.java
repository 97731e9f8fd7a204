package fr.passerelle.app.territory;

/** Territory-wide counts for administrators. */
public record Overview(long communes, long schools, long classes, long pupils) {}
