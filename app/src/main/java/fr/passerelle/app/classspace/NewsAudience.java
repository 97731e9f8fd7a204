package fr.passerelle.app.classspace;

import org.jspecify.annotations.Nullable;

/** Where the caller may publish: a class, or the whole school ({@code classId} null). */
public record NewsAudience(@Nullable Long classId, String label) {}
