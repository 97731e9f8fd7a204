package fr.passerelle.accessibility.profile;

/** Colour themes. High-contrast themes keep every text at 7:1 or more (WCAG 1.4.6). */
public enum Theme {
  DEFAULT("default", 4.5),
  HIGH_CONTRAST_DARK("contrast-dark", 7),
  HIGH_CONTRAST_LIGHT("contrast-light", 7),
  YELLOW_ON_BLACK("yellow-black", 7);

  private final String cssName;
  private final double minimumTextContrast;

  Theme(String cssName, double minimumTextContrast) {
    this.cssName = cssName;
    this.minimumTextContrast = minimumTextContrast;
  }

  /** The value of {@code data-theme} on the page's root element. */
  public String cssName() {
    return cssName;
  }

  public double minimumTextContrast() {
    return minimumTextContrast;
  }
}
