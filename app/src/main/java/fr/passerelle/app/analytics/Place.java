package fr.passerelle.app.analytics;

/** A commune or a school, placed on the map (a school at its commune's coordinates). */
public record Place(long id, String name, double latitude, double longitude) {}
