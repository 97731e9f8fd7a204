package fr.passerelle.app.profile.ui;

import com.vaadin.flow.component.UI;
import fr.passerelle.accessibility.profile.AccessibilityProfile;

/** Applies a profile to the page through passerelle.js, without reloading it. */
final class ProfileScript {

  static final String URL = "scripts/passerelle.js";

  private ProfileScript() {}

  static void apply(UI ui, AccessibilityProfile p) {
    ui.getPage().addJavaScript(URL);
    ui.getPage()
        .executeJs(
            "const p = {theme: $0, font: $1, textSize: $2, lineSpacing: $3, letterSpacing: $4,"
                + " wordSpacing: $5, lineLength: $6, largeTargets: $7, thickFocus: $8,"
                + " largePointer: $9, reducedMotion: $10, simplified: $11, readingRuler: $12,"
                + " showShortcuts: $13, scanning: $14, scanIntervalMs: $15, dwellClick: $16,"
                + " dwellMs: $17};"
                + " (function apply(tries) { if (window.Passerelle) { window.Passerelle.applyProfile(p); }"
                + " else if (tries > 0) { setTimeout(() => apply(tries - 1), 25); } })(200);",
            p.theme().cssName(),
            p.font().cssName(),
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
            p.dwellMs());
  }
}
