/**
 * What other features show of the reading aids: a text with its validated easy-to-read version
 * ({@link fr.passerelle.app.reading.ui.EasyReadBlock}) and syllable colouring ({@link
 * fr.passerelle.app.reading.ui.SyllableText}); and the reading module's own views.
 */
@NullMarked
@NamedInterface("ui")
package fr.passerelle.app.reading.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
