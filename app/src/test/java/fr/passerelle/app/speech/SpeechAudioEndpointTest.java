package fr.passerelle.app.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import fr.passerelle.accessibility.speech.Wav;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.speech.internal.SpeechStore;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The audio endpoint, through the application's security chain: WAV for signed-in people, with
 * range requests; nothing for anyone else.
 */
@PasserelleTest
class SpeechAudioEndpointTest {

  @Autowired WebApplicationContext context;
  @Autowired SpeechService speech;
  @Autowired SpeechStore cache;
  @Autowired UserDetailsService users;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    // Built on the shared context (no second application context: see PasserelleTest).
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  /** A request as a demo account (each request carries it: Vaadin's JVM-wide holder is cleared). */
  private MockHttpServletRequestBuilder get(String path, String username) {
    return MockMvcRequestBuilders.get(path).with(user(users.loadUserByUsername(username)));
  }

  @Test
  @WithUserDetails("lea.martin")
  void theAudioIsAWavWithRangeRequests() throws Exception {
    SpokenText spoken = speech.prepare("Léa lit une histoire de loup.");
    MvcResult whole = mvc.perform(get("/" + spoken.audioUrl(), "lea.martin")).andReturn();
    assertThat(whole.getResponse().getStatus()).isEqualTo(200);
    assertThat(whole.getResponse().getContentType()).isEqualTo("audio/wav");
    byte[] wav = whole.getResponse().getContentAsByteArray();
    assertThat(Wav.read(wav).durationMs()).isEqualTo(spoken.durationMs());
    assertThat(whole.getResponse().getHeader(HttpHeaders.ACCEPT_RANGES)).isEqualTo("bytes");

    MvcResult part =
        mvc.perform(
                get("/" + spoken.audioUrl(), "lea.martin")
                    .header(HttpHeaders.RANGE, "bytes=100-1099"))
            .andReturn();
    assertThat(part.getResponse().getStatus()).isEqualTo(206);
    assertThat(part.getResponse().getHeader(HttpHeaders.CONTENT_RANGE))
        .isEqualTo("bytes 100-1099/" + wav.length);
    assertThat(part.getResponse().getContentAsByteArray())
        .isEqualTo(Arrays.copyOfRange(wav, 100, 1100));

    MvcResult tail =
        mvc.perform(
                get("/" + spoken.audioUrl(), "lea.martin").header(HttpHeaders.RANGE, "bytes=-44"))
            .andReturn();
    assertThat(tail.getResponse().getStatus()).isEqualTo(206);
    assertThat(tail.getResponse().getContentAsByteArray())
        .isEqualTo(Arrays.copyOfRange(wav, wav.length - 44, wav.length));
  }

  @Test
  @WithUserDetails("lea.martin")
  void anUnknownKeyIsNotFound() throws Exception {
    assertThat(
            mvc.perform(get("/speech/audio/" + "0".repeat(64), "lea.martin"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            mvc.perform(get("/speech/audio/..%2F..%2Fetc", "lea.martin"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isIn(400, 404);
  }

  @Test
  @WithUserDetails("hugo.nguyen")
  void aControlNameIsSpokenOnFocus() throws Exception {
    MvcResult name =
        mvc.perform(get("/speech/name", "hugo.nguyen").param("text", "Se déconnecter")).andReturn();
    assertThat(name.getResponse().getStatus()).isEqualTo(200);
    assertThat(name.getResponse().getContentType()).isEqualTo("audio/wav");
    assertThat(Wav.read(name.getResponse().getContentAsByteArray()).durationMs()).isPositive();
    assertThat(
            mvc.perform(get("/speech/name", "hugo.nguyen").param("text", " ; "))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(422);
  }

  @Test
  void anonymousCallersGetNoAudio() throws Exception {
    String key = SpeechStore.key("test", "0", "fr", 100, "anonymous " + System.nanoTime());
    cache.put(
        new SpeechStore.Entry(key, "test", "0", "fr", "fr", 100, "x", 10, java.util.List.of(0L)),
        new byte[100]);
    MvcResult anonymous =
        mvc.perform(MockMvcRequestBuilders.get("/speech/audio/" + key)).andReturn();
    int status = anonymous.getResponse().getStatus();
    assertThat(status).isIn(302, 401, 403);
    if (status == 302) {
      assertThat(anonymous.getResponse().getRedirectedUrl()).contains("connexion");
    }
    assertThat(anonymous.getResponse().getContentAsByteArray()).isEmpty();
    assertThat(
            mvc.perform(MockMvcRequestBuilders.get("/speech/name").param("text", "Bonjour"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isIn(302, 401, 403);
  }
}
