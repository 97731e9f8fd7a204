package fr.passerelle.app.absences;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Something a parent submitted about a child's absence, as kept (never changed). */
public record AbsenceNotice(
    long id,
    long pupilId,
    String parentName,
    NoticeKind kind,
    LocalDate from,
    LocalDate to,
    DayPart part,
    Reason reason,
    @Nullable String comment,
    Instant at) {}
