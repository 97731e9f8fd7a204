package fr.passerelle.app.visio;

/** An invitation as the teacher sees it. */
public record InvitationLine(long id, String name, String kind, boolean byLink, boolean linkUsed) {}
