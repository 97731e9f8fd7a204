package fr.passerelle.app.outings;

import fr.passerelle.app.identity.PersonName;
import org.jspecify.annotations.Nullable;

/** One pupil in the list of answers: their latest answer, or none. */
public record PupilAnswer(PersonName pupil, String className, @Nullable Answer answer) {}
