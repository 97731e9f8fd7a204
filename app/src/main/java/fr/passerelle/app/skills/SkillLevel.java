package fr.passerelle.app.skills;

/** A level of mastery of the framework that primary school works on. */
public record SkillLevel(int level, String stage, String description) {}
