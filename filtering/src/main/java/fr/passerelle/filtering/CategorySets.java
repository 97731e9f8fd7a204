package fr.passerelle.filtering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct sets of categories list entries belong to, numbered. Most domains are in one
 * category, so there are few sets; each entry of a table keeps only its set's number.
 */
public final class CategorySets {

  public static final int EMPTY = 0;

  private final long[][] words;

  private CategorySets(long[][] words) {
    this.words = words;
  }

  public boolean contains(int set, int category) {
    long[] w = words[set];
    int i = category >>> 6;
    return i < w.length && (w[i] & (1L << category)) != 0;
  }

  public int count() {
    return words.length;
  }

  long[] words(int set) {
    return words[set];
  }

  static CategorySets of(long[][] words) {
    return new CategorySets(words);
  }

  /** Interns sets as categories are added to entries. */
  public static final class Builder {
    private final List<BitSet> sets = new ArrayList<>();
    private final Map<BitSet, Integer> numbers = new HashMap<>();
    private final Map<Long, Integer> transitions = new HashMap<>();

    public Builder() {
      intern(new BitSet());
    }

    /** The number of the set made of this set plus this category. */
    public int with(int set, int category) {
      long key = ((long) set << 20) | category;
      Integer known = transitions.get(key);
      if (known != null) {
        return known;
      }
      BitSet next = (BitSet) sets.get(set).clone();
      next.set(category);
      int number = intern(next);
      transitions.put(key, number);
      return number;
    }

    private int intern(BitSet set) {
      Integer n = numbers.get(set);
      if (n != null) {
        return n;
      }
      sets.add(set);
      numbers.put(set, sets.size() - 1);
      return sets.size() - 1;
    }

    public int count() {
      return sets.size();
    }

    public CategorySets build() {
      long[][] words = new long[sets.size()][];
      for (int i = 0; i < words.length; i++) {
        words[i] = sets.get(i).toLongArray();
      }
      return new CategorySets(words);
    }

    static long[][] copy(long[][] w) {
      return Arrays.copyOf(w, w.length);
    }
  }
}
