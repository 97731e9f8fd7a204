package fr.passerelle.app.absences;

import fr.passerelle.app.identity.PersonName;
import java.time.LocalDate;

/** A half-day a pupil was marked absent, with their class and how many days ago it was. */
public record Absence(
    PersonName pupil,
    long classId,
    String className,
    LocalDate day,
    HalfDay half,
    long daysSince) {}
