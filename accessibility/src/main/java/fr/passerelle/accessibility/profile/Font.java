package fr.passerelle.accessibility.profile;

/** Fonts, self-hosted with their licences (SIL OFL 1.1) in the themes jar. */
public enum Font {
  /** The interface's typeface, Fira Sans. */
  DEFAULT("default"),
  /** OpenDyslexic, for some dyslexic readers. */
  OPEN_DYSLEXIC("opendyslexic"),
  /** Andika, designed for beginning readers. */
  ANDIKA("andika"),
  /** Atkinson Hyperlegible Next, for low vision. */
  ATKINSON_HYPERLEGIBLE("atkinson");

  private final String cssName;

  Font(String cssName) {
    this.cssName = cssName;
  }

  public String cssName() {
    return cssName;
  }
}
