package fr.passerelle.app.schoollife;

import fr.passerelle.app.identity.PersonName;
import java.util.List;

/** Who has done a piece of homework: "12/24 done", and the names of those who have not. */
public record Progress(Entry entry, int done, int total, List<PersonName> notDone) {}
