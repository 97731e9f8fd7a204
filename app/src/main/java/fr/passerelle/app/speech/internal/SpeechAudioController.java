package fr.passerelle.app.speech.internal;

import fr.passerelle.accessibility.speech.SpeechException;
import fr.passerelle.app.speech.SpeechService;
import fr.passerelle.app.speech.SpokenText;
import java.time.Duration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audio, served by the application to signed-in people only (the security chain refuses anyone
 * else): WAV, with range requests for seeking (Spring answers {@code 206} with {@code
 * Content-Range} for a {@code Resource} body). The content of a key never changes: browsers may
 * keep it privately.
 */
@RestController
class SpeechAudioController {

  static final MediaType WAV = MediaType.parseMediaType("audio/wav");

  private final SpeechService speech;

  SpeechAudioController(SpeechService speech) {
    this.speech = speech;
  }

  @GetMapping("/speech/audio/{key}")
  ResponseEntity<Resource> audio(@PathVariable String key) {
    return speech
        .audio(key)
        .map(SpeechAudioController::wav)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
  }

  /** Speak-on-focus: a control's name in the caller's voice (synthesised once, then cached). */
  @GetMapping("/speech/name")
  ResponseEntity<Resource> name(@RequestParam("text") String text) {
    try {
      SpokenText spoken = speech.prepareName(text);
      return speech
          .audio(spoken.key())
          .map(SpeechAudioController::wav)
          .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    } catch (SpeechException e) {
      return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).build();
    }
  }

  private static ResponseEntity<Resource> wav(byte[] bytes) {
    return ResponseEntity.ok()
        .contentType(WAV)
        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
        .body(new ByteArrayResource(bytes));
  }
}
