package fr.passerelle.app.absences;

import fr.passerelle.app.identity.PersonName;
import org.jspecify.annotations.Nullable;

/**
 * One pupil in a roll call: the teacher's latest mark ({@code null} when not taken yet), and the
 * parent's notice that announced the absence, if any.
 *
 * @param absent what the roll call shows: the mark, or else absent when the absence was announced
 */
public record RollLine(
    PersonName pupil,
    @Nullable Boolean marked,
    @Nullable AbsenceNotice announced,
    boolean absent) {}
