package fr.passerelle.accessibility.speech;

import java.util.ArrayList;
import java.util.List;

/** Turns per-word start times (some maybe missing) into strictly increasing timings. */
final class Timings {

  private Timings() {}

  /**
   * One timing per word: a missing time ({@code < 0}) or one that does not increase is placed
   * between its neighbours, so a highlight never goes back.
   */
  static List<WordTiming> complete(List<Words.Word> words, long[] at) {
    int n = words.size();
    for (int i = 0; i < n; i++) {
      if (at[i] >= 0 && i > 0 && at[i - 1] >= 0 && at[i] <= at[i - 1]) {
        at[i] = -1;
      }
    }
    for (int i = 0; i < n; i++) {
      if (at[i] >= 0) {
        continue;
      }
      int j = i;
      while (j < n && at[j] < 0) {
        j++;
      }
      long before = i == 0 ? 0 : at[i - 1];
      long after = j < n ? at[j] : before + 300L * (j - i + 1);
      for (int k = i; k < j; k++) {
        at[k] = before + (after - before) * (k - i + 1) / (j - i + 1);
        if (i == 0 && k == 0 && before == 0 && at[k] > 0 && j < n) {
          at[k] = 0;
        }
      }
      i = j - 1;
    }
    List<WordTiming> timings = new ArrayList<>(n);
    long last = -1;
    for (int i = 0; i < n; i++) {
      long t = Math.max(at[i], last + 1);
      timings.add(new WordTiming(i, words.get(i).text(), t));
      last = t;
    }
    return timings;
  }
}
