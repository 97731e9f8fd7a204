package fr.passerelle.app.demo;

import fr.passerelle.accessibility.profile.AccessibilityProfile;
import fr.passerelle.accessibility.profile.Preset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Demo accessibility profiles, prepared by the teacher from the declared needs: Léa (low vision)
 * opens Passerelle in yellow on black at 175 % with Atkinson Hyperlegible; Hugo (screen reader)
 * without animation and with shortcuts shown; the first pupil who uses a switch gets scanning.
 */
final class DemoProfiles {

  private DemoProfiles() {}

  /** Stores the profiles, as prepared at {@code now}. */
  static void run(Connection db, Instant now) throws SQLException {
    long teacher =
        DemoSeed.queryId(db, "select id from account where username = 'enseignante.ferry'");
    store(
        db,
        DemoSeed.queryId(db, "select id from account where username = 'lea.martin'"),
        Preset.LOW_VISION,
        teacher,
        now);
    store(
        db,
        DemoSeed.queryId(db, "select id from account where username = 'hugo.nguyen'"),
        Preset.BLINDNESS_SCREEN_READER,
        teacher,
        now);
    long switchUser =
        DemoSeed.queryId(db, "select min(pupil_id) from pupil_need where need = 'SWITCH_ACCESS'");
    store(db, switchUser, Preset.MOTOR_SWITCH, teacher, now);
  }

  private static void store(Connection db, long account, Preset preset, long by, Instant now)
      throws SQLException {
    AccessibilityProfile p = preset.applyTo(AccessibilityProfile.defaults());
    try (PreparedStatement s =
        db.prepareStatement(
            "insert into accessibility_profile (account_id, theme, font, text_size, line_spacing,"
                + " letter_spacing, word_spacing, line_length, large_targets, thick_focus,"
                + " large_pointer, reduced_motion, simplified, reading_ruler, show_shortcuts,"
                + " scanning, scan_interval_ms, dwell_click, dwell_ms, captions, voice, speech_rate,"
                + " updated_at, updated_by)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      Object[] values = {
        account,
        p.theme().name(),
        p.font().name(),
        p.textSize(),
        p.lineSpacing(),
        p.letterSpacing(),
        p.wordSpacing(),
        p.lineLength(),
        p.largeTargets(),
        p.thickFocus(),
        p.largePointer(),
        p.reducedMotion(),
        p.simplified(),
        p.readingRuler(),
        p.showShortcuts(),
        p.scanning(),
        p.scanIntervalMs(),
        p.dwellClick(),
        p.dwellMs(),
        p.captions(),
        p.voice(),
        p.speechRate(),
        Timestamp.from(now),
        by
      };
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }
}
