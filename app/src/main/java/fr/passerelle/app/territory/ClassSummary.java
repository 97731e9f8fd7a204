package fr.passerelle.app.territory;

import fr.passerelle.app.identity.PersonName;
import java.util.List;

public record ClassSummary(
    long id,
    String name,
    Level level,
    String schoolYear,
    long schoolId,
    String schoolName,
    String communeName,
    List<PersonName> teachers,
    int pupilCount) {}
