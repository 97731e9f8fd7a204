package fr.passerelle.app.territory;

public record CommuneSummary(long id, String name, String postalCode, int schoolCount) {}
