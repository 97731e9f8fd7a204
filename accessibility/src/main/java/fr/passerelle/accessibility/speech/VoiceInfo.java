package fr.passerelle.accessibility.speech;

/**
 * A voice an engine speaks.
 *
 * @param id the engine's name for it ("fr", "kevin16")
 * @param language ISO 639-1 code
 * @param description a short human description, not translated (engine data)
 */
public record VoiceInfo(String id, String language, String description) {}
