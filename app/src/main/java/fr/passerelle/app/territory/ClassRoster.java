package fr.passerelle.app.territory;

import java.util.List;

/** A class as the caller may see it: pupils only from CLASSMATES up, needs only with them. */
public record ClassRoster(ClassSummary summary, ClassAccess access, List<RosterLine> pupils) {}
