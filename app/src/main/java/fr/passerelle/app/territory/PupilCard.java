package fr.passerelle.app.territory;

import fr.passerelle.app.identity.PersonName;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A pupil as a parent, a teacher, the director or the pupil sees them. {@code needs} is empty
 * unless the caller may see them; {@code schoolClass} is null for a pupil not enrolled this year.
 */
public record PupilCard(
    PersonName pupil,
    @Nullable ClassSummary schoolClass,
    java.util.List<PersonName> guardians,
    Set<Need> needs,
    boolean needsShown) {}
