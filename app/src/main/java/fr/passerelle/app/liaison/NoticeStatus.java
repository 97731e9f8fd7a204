package fr.passerelle.app.liaison;

/** A notice with how many of its families have signed it ("X/Y familles ont signé"). */
public record NoticeStatus(Notice notice, int signed, int families) {}
