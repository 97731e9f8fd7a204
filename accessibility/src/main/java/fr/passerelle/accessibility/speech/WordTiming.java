package fr.passerelle.accessibility.speech;

/**
 * When a word starts in the audio.
 *
 * @param index the word's position in {@link Words#of(String)} of the text, from 0
 * @param word the word as written
 * @param startMs milliseconds from the start of the audio
 */
public record WordTiming(int index, String word, long startMs) {}
