package fr.passerelle.app.skills;

import java.util.List;

/** One of the five areas of the framework and its competences, in order. */
public record SkillArea(int number, String name, List<Competence> competences) {}
