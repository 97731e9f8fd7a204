package fr.passerelle.app.chat.internal;

import java.text.Normalizer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The chat's limits, from {@code passerelle.chat.*}. */
@Component
public class ChatSettings {

  private final Duration retention;
  private final int maxLength;
  private final int rateMaxMessages;
  private final Duration rateWindow;
  private final List<String> filterWords;
  private final int attachmentMaxBytes;

  ChatSettings(
      @Value("${passerelle.chat.retention:P365D}") Duration retention,
      @Value("${passerelle.chat.max-length:500}") int maxLength,
      @Value("${passerelle.chat.rate.max-messages:8}") int rateMaxMessages,
      @Value("${passerelle.chat.rate.window:30s}") Duration rateWindow,
      @Value("${passerelle.chat.filter.words:}") String filterWords,
      @Value("${passerelle.chat.attachment.max-bytes:2097152}") int attachmentMaxBytes) {
    this.retention = retention;
    this.maxLength = maxLength;
    this.rateMaxMessages = rateMaxMessages;
    this.rateWindow = rateWindow;
    this.filterWords =
        Arrays.stream(filterWords.split(","))
            .map(ChatSettings::fold)
            .filter(w -> !w.isBlank())
            .toList();
    this.attachmentMaxBytes = attachmentMaxBytes;
  }

  public Duration retention() {
    return retention;
  }

  public int maxLength() {
    return maxLength;
  }

  public int rateMaxMessages() {
    return rateMaxMessages;
  }

  public Duration rateWindow() {
    return rateWindow;
  }

  public int attachmentMaxBytes() {
    return attachmentMaxBytes;
  }

  /**
   * The filtered word or phrase a text contains, if any: compared without case, accents or
   * punctuation, on whole words, so "Idiot !" is caught and "idiotie" is not.
   */
  public java.util.Optional<String> suspicious(String text) {
    String folded = " " + fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    return filterWords.stream()
        .filter(w -> folded.contains(" " + w.replaceAll("[^\\p{L}\\p{N}]+", " ").trim() + " "))
        .findFirst();
  }

  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .trim();
  }
}
