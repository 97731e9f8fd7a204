package fr.passerelle.filtering.squid;

import fr.passerelle.filtering.Decision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * The helper's decisions counted per school, day and category (allowed, blocked) and written every
 * {@code --counts-seconds} to a new file {@code counts-<pid>-<millis>.tsv} in the {@code --counts}
 * folder, one line {@code school TAB day TAB category TAB allowed TAB blocked}: the application
 * adds such files from {@code <data-dir>/counts} to its analytics counts. Nothing identifies a
 * request. Used by the serving thread only.
 */
final class CountsFile {

  private record Key(long school, LocalDate day, String category) {}

  private final Path folder;
  private final long everyMillis;
  private final Map<Key, long[]> counts = new HashMap<>();
  private ZoneId zone;
  private LocalDate day;
  private Instant dayStarts = Instant.MAX;
  private Instant dayEnds = Instant.MIN;
  private long lastWrite = System.currentTimeMillis();

  CountsFile(Path folder, int everySeconds) {
    this.folder = folder;
    this.everyMillis = everySeconds * 1000L;
  }

  void count(Decision d, Instant now, ZoneId policyZone) {
    Long school = d.schoolId();
    if (school == null) {
      return;
    }
    if (!policyZone.equals(zone) || now.isBefore(dayStarts) || !now.isBefore(dayEnds)) {
      zone = policyZone;
      day = LocalDate.ofInstant(now, zone);
      dayStarts = day.atStartOfDay(zone).toInstant();
      dayEnds = day.plusDays(1).atStartOfDay(zone).toInstant();
    }
    long[] c =
        counts.computeIfAbsent(
            new Key(school, day, d.category() == null ? "" : d.category()), k -> new long[2]);
    c[d.allowed() ? 0 : 1]++;
  }

  /** Writes the counts when the period is over (or {@code force}), then starts again. */
  void writeIfDue(boolean force) throws IOException {
    long now = System.currentTimeMillis();
    if (counts.isEmpty() || (!force && now - lastWrite < everyMillis)) {
      return;
    }
    StringBuilder text = new StringBuilder();
    counts.forEach(
        (k, c) ->
            text.append(k.school())
                .append('\t')
                .append(k.day())
                .append('\t')
                .append(k.category())
                .append('\t')
                .append(c[0])
                .append('\t')
                .append(c[1])
                .append('\n'));
    Files.createDirectories(folder);
    String name = "counts-" + ProcessHandle.current().pid() + "-" + now;
    Path tmp = folder.resolve(name + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, folder.resolve(name + ".tsv"), StandardCopyOption.ATOMIC_MOVE);
    counts.clear();
    lastWrite = now;
  }
}
