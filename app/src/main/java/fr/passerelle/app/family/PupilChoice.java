package fr.passerelle.app.family;

import fr.passerelle.app.identity.PersonName;

/** A pupil of the director's school, with their class, to pick in the families view. */
public record PupilChoice(PersonName pupil, String className) {}
