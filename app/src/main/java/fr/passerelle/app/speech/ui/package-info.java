/**
 * The read-aloud control other features put around their text blocks ({@link
 * fr.passerelle.app.speech.ui.ReadAloud}), and the administrator's view of the speech engines.
 */
@NullMarked
@NamedInterface("ui")
package fr.passerelle.app.speech.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
