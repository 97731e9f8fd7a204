package fr.passerelle.app.helpdesk;

/**
 * A ticket's priority from its urgency and impact (1 very low to 5 very high), with GLPI's default
 * matrix: priority 1 very low to 5 very high (6, major, is only ever set by hand in GLPI).
 */
public final class Priority {

  // [urgency - 1][impact - 1], GLPI's default configuration.
  private static final int[][] MATRIX = {
    {1, 1, 2, 2, 2},
    {1, 2, 2, 3, 3},
    {2, 2, 3, 4, 4},
    {2, 3, 4, 4, 5},
    {2, 3, 4, 5, 5}
  };

  private Priority() {}

  public static int of(int urgency, int impact) {
    if (urgency < 1 || urgency > 5 || impact < 1 || impact > 5) {
      throw new IllegalArgumentException("urgency and impact go from 1 to 5");
    }
    return MATRIX[urgency - 1][impact - 1];
  }
}
