package fr.passerelle.app.speech;

/**
 * A text was published to a class (a lesson, homework, a notice, a menu): the speech module
 * synthesises it in the background, at the normal rate, so the first pupil who plays it does not
 * wait. Publish it with Spring's {@code ApplicationEventPublisher} inside the transaction that
 * saves the text: it is handled after the commit.
 *
 * @param text the text as pupils will see it
 * @param language ISO 639-1 code of the text ("fr", "en")
 */
public record TextPublished(String text, String language) {}
