package fr.passerelle.app.liaison;

import fr.passerelle.app.identity.PersonName;
import java.util.List;

/** A family that has not signed yet: the child, and the parents a reminder goes to. */
public record MissingFamily(PersonName child, List<PersonName> parents) {}
