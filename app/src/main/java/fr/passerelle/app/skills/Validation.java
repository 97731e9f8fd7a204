package fr.passerelle.app.skills;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A level a teacher validated for a pupil in one competence, on a date, with a comment. */
public record Validation(
    long id,
    long pupilId,
    String competenceCode,
    int level,
    LocalDate validatedOn,
    @Nullable String comment,
    String teacherName,
    Instant recordedAt) {}
