/**
 * Read aloud: speech synthesised by the application (espeak-ng for French, FreeTTS for English),
 * cached in the database for every node, served as WAV with the time each word starts, so the page
 * highlights the word being spoken. Other features wrap their text blocks in {@code
 * speech.ui.ReadAloud} and publish {@link fr.passerelle.app.speech.TextPublished} when they publish
 * a text to a class, so it is ready before the first pupil plays it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"identity", "platform", "shell"})
package fr.passerelle.app.speech;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
