package fr.passerelle.app.visio;

/** A parent of a pupil of the class, whom the teacher may invite by their account. */
public record InvitableParent(long accountId, String name) {}
