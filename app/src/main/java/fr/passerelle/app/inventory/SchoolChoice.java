package fr.passerelle.app.inventory;

/** A school as the inventory's filters and pickers show it. */
public record SchoolChoice(long id, String uai, String name, long communeId, String communeName) {}
