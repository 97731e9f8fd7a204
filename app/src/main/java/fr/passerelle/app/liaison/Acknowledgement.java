package fr.passerelle.app.liaison;

import fr.passerelle.app.identity.PersonName;
import java.time.Instant;

/** A parent's "J’ai lu", for one of their children, and when (the first one is kept). */
public record Acknowledgement(PersonName parent, PersonName child, Instant at) {}
