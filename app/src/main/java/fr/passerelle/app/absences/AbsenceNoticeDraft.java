package fr.passerelle.app.absences;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An absence a parent reports in advance for one of their children. */
public record AbsenceNoticeDraft(
    long childId,
    LocalDate from,
    LocalDate to,
    DayPart part,
    Reason reason,
    @Nullable String comment) {}
