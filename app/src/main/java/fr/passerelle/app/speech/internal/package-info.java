/**
 * Speech's insides: the engines found at start, the cache's table ({@code SpeechStore}), the audio
 * endpoint and the page script.
 */
@NullMarked
package fr.passerelle.app.speech.internal;

import org.jspecify.annotations.NullMarked;
