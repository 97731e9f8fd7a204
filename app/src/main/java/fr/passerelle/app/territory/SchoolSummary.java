package fr.passerelle.app.territory;

public record SchoolSummary(
    long id, String name, String uai, SchoolKind kind, long communeId, String communeName) {}
