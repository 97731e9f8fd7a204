package fr.passerelle.app.skills;

/** One of the sixteen competences, with its code ("1.1") and the area it belongs to. */
public record Competence(String code, int areaNumber, String areaName, String name) {}
