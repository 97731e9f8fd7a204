/**
 * The easy-to-read block other features put around their texts ({@link
 * fr.passerelle.app.reading.ui.EasyReadBlock}, with {@link
 * fr.passerelle.app.reading.ui.SyllableText}), the class text on a pupil's home and the authors'
 * and reviewers' view.
 */
@NamedInterface("ui")
package fr.passerelle.app.reading.ui;

import org.springframework.modulith.NamedInterface;
