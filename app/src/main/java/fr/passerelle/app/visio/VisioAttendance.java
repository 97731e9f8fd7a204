package fr.passerelle.app.visio;

import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.visio.internal.PresenceRow;
import fr.passerelle.app.visio.internal.VisioStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who was in a session's room and for how long, for a teacher of its class: the deployment's
 * presence events summed per person (its CSV: {@link AttendanceCsv}).
 */
@Service
@Transactional(readOnly = true)
public class VisioAttendance {

  private final VisioStore store;
  private final SessionLookup lookup;
  private final SchoolTime time;

  VisioAttendance(VisioStore store, SessionLookup lookup, SchoolTime time) {
    this.store = store;
    this.lookup = lookup;
    this.time = time;
  }

  /** Who was in the room and for how long, by name, from the deployment's presence events. */
  @PreAuthorize("hasRole('TEACHER')")
  public List<AttendanceLine> attendance(long sessionId) {
    lookup.taughtSession(lookup.caller(), sessionId);
    Instant now = time.now();
    Map<String, List<PresenceRow>> byOccupant = new LinkedHashMap<>();
    for (PresenceRow row : store.presence(sessionId)) {
      byOccupant.computeIfAbsent(row.occupantId(), k -> new ArrayList<>()).add(row);
    }
    List<AttendanceLine> lines = new ArrayList<>();
    for (List<PresenceRow> stays : byOccupant.values()) {
      lines.add(line(stays, now));
    }
    lines.sort(Comparator.comparing(AttendanceLine::name));
    return lines;
  }

  /** One occupant's stays summed; someone still in the room counts until now. */
  private static AttendanceLine line(List<PresenceRow> stays, Instant now) {
    Duration total = Duration.ZERO;
    Instant first = stays.getFirst().joinedAt();
    Instant last = null;
    boolean open = false;
    for (PresenceRow stay : stays) {
      Instant left = stay.leftAt() == null ? now : stay.leftAt();
      open |= stay.leftAt() == null;
      if (left.isAfter(stay.joinedAt())) {
        total = total.plus(Duration.between(stay.joinedAt(), left));
      }
      if (stay.leftAt() != null && (last == null || stay.leftAt().isAfter(last))) {
        last = stay.leftAt();
      }
    }
    return new AttendanceLine(
        stays.getLast().displayName(), first, open ? null : last, total, stays.size());
  }
}
