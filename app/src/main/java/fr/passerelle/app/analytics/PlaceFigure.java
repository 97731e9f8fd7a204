package fr.passerelle.app.analytics;

/** One place's figure for one indicator. */
public record PlaceFigure(Place place, Figure figure) {}
