package fr.passerelle.app.skills;

import fr.passerelle.app.identity.PersonName;

/** A pupil of a class in the teacher's list, with how many competences have a level. */
public record PupilLine(PersonName pupil, int known) {}
