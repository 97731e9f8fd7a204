package fr.passerelle.app.visio;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the call view needs to open one person's call.
 *
 * @param jwt the person's token, null when the deployment takes no tokens (public demo)
 * @param moderator the person moderates the room (a teacher of the class)
 * @param lobby the person waits in the lobby until a teacher lets them in
 * @param interpreters display names of the invited professionals, to pin on the stage
 * @param expires when the token stops being valid
 */
public record CallTicket(
    long sessionId,
    long classId,
    String title,
    String roomName,
    String apiDomain,
    String scriptUrl,
    @Nullable String jwt,
    String displayName,
    boolean moderator,
    boolean lobby,
    boolean captions,
    String configJson,
    String interfaceConfigJson,
    List<String> interpreters,
    Instant expires) {}
