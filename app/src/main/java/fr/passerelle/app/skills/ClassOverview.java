package fr.passerelle.app.skills;

import java.util.List;

/** Where a class stands: per competence, how many pupils at each level. */
public record ClassOverview(
    long classId,
    String className,
    int pupils,
    List<SkillLevel> levels,
    List<CompetenceCount> rows) {}
