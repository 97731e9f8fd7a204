package fr.passerelle.app.profile.internal;

import fr.passerelle.accessibility.profile.AccessibilityProfile;
import fr.passerelle.accessibility.profile.Font;
import fr.passerelle.accessibility.profile.Theme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "accessibility_profile")
public class StoredProfile {

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Enumerated(EnumType.STRING)
  private Theme theme;

  @Enumerated(EnumType.STRING)
  private Font font;

  private int textSize;
  private double lineSpacing;
  private double letterSpacing;
  private double wordSpacing;
  private int lineLength;
  private boolean largeTargets;
  private boolean thickFocus;
  private boolean largePointer;
  private boolean reducedMotion;
  private boolean simplified;
  private boolean readingRuler;
  private boolean showShortcuts;
  private boolean scanning;
  private int scanIntervalMs;
  private boolean dwellClick;
  private int dwellMs;
  private boolean captions;
  private String voice;
  private int speechRate;
  private boolean speakOnFocus;
  private boolean syllables;
  private Instant updatedAt;
  private @Nullable Long updatedBy;

  protected StoredProfile() {}

  public StoredProfile(long accountId) {
    this.accountId = accountId;
  }

  public AccessibilityProfile toProfile() {
    return new AccessibilityProfile(
        theme,
        font,
        textSize,
        lineSpacing,
        letterSpacing,
        wordSpacing,
        lineLength,
        largeTargets,
        thickFocus,
        largePointer,
        reducedMotion,
        simplified,
        readingRuler,
        showShortcuts,
        scanning,
        scanIntervalMs,
        dwellClick,
        dwellMs,
        captions,
        voice,
        speechRate,
        speakOnFocus,
        syllables);
  }

  public void update(AccessibilityProfile p, long by, Instant at) {
    theme = p.theme();
    font = p.font();
    textSize = p.textSize();
    lineSpacing = p.lineSpacing();
    letterSpacing = p.letterSpacing();
    wordSpacing = p.wordSpacing();
    lineLength = p.lineLength();
    largeTargets = p.largeTargets();
    thickFocus = p.thickFocus();
    largePointer = p.largePointer();
    reducedMotion = p.reducedMotion();
    simplified = p.simplified();
    readingRuler = p.readingRuler();
    showShortcuts = p.showShortcuts();
    scanning = p.scanning();
    scanIntervalMs = p.scanIntervalMs();
    dwellClick = p.dwellClick();
    dwellMs = p.dwellMs();
    captions = p.captions();
    voice = p.voice();
    speechRate = p.speechRate();
    speakOnFocus = p.speakOnFocus();
    syllables = p.syllables();
    updatedBy = by;
    updatedAt = at;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public @Nullable Long getUpdatedBy() {
    return updatedBy;
  }
}
