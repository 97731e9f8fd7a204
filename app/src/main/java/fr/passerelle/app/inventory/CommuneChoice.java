package fr.passerelle.app.inventory;

/** A commune as the inventory's filters show it. */
public record CommuneChoice(long id, String name) {}
