package fr.passerelle.app.territory;

import fr.passerelle.app.identity.PersonName;
import java.util.Set;

/** A pupil in a class list; needs are empty unless the caller may see them. */
public record RosterLine(PersonName pupil, Set<Need> needs) {}
