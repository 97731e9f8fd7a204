/**
 * Speech synthesis behind one interface ({@link fr.passerelle.accessibility.speech.SpeechEngine}):
 * FreeTTS (pure Java, English) and espeak-ng (French and English, through its C library for word
 * timings, or its command line). {@link fr.passerelle.accessibility.speech.Speaker} picks an engine
 * by language, checks the limits and runs each synthesis on a bounded executor with a timeout, so a
 * crashed or hung engine is isolated and reported instead of blocking a page.
 */
package fr.passerelle.accessibility.speech;
