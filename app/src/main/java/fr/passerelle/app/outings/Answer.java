package fr.passerelle.app.outings;

import java.time.Instant;

/** A parent's answer for a child: authorised or refused, by whom and when. */
public record Answer(boolean authorised, long parentId, String parentName, Instant at) {}
