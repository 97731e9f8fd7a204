package fr.passerelle.app.lessonbook;

import fr.passerelle.app.identity.PersonName;
import java.util.List;

/** Who has done a piece of homework: "12/24 done", and the names of those who have not. */
public record HomeworkProgress(Entry entry, int done, int total, List<PersonName> notDone) {}
