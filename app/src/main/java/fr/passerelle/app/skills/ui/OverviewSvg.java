package fr.passerelle.app.skills.ui;

import fr.passerelle.app.support.BarChart;
import java.util.List;

/**
 * The class overview as a chart drawn on the server ({@link BarChart#parts}): a bar per competence,
 * shared between the pupils at each level (none yet, then level 1, 2, 3, from lighter to darker,
 * each with its number written in it when it fits). Each bar is a focusable mark whose accessible
 * name says every number; the legend says which shade is which level; the same numbers are in the
 * table beside it.
 */
final class OverviewSvg {

  /** Wide labels (a competence's code and name), no value written on the right. */
  static final BarChart.Layout LAYOUT = new BarChart.Layout(300, 20, 48, 12, 36);

  private OverviewSvg() {}

  /** One bar: its visible label, its spoken name, and the pupils at each level (0 = none yet). */
  static BarChart.Parts bar(String label, String spoken, List<Integer> counts) {
    return new BarChart.Parts(label, spoken, counts);
  }

  static String render(
      String id, String title, String description, List<String> legend, List<BarChart.Parts> bars) {
    return BarChart.parts("pa-chart pa-overview", id, title, description, LAYOUT, legend, bars);
  }
}
