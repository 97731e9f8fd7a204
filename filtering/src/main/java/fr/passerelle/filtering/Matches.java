package fr.passerelle.filtering;

/**
 * What a request matched: for each hit, which lists (the shared lists or the local ones), how
 * (domain, URL prefix, expression) and the set of categories. Small and per request.
 */
public final class Matches {

  public static final int DOMAIN = 0;
  public static final int URL = 1;
  public static final int EXPRESSION = 2;

  private static final int[] NONE = new int[0];
  private int[] sources = NONE;
  private int[] kinds = NONE;
  private int[] sets = NONE;
  private int[] entries = NONE;
  private Object[] refs = new Object[0];
  private int size;

  void add(int source, int kind, int set, int entry, Object ref) {
    if (size == sets.length) {
      int n = Math.max(4, size * 2);
      sources = java.util.Arrays.copyOf(sources, n);
      kinds = java.util.Arrays.copyOf(kinds, n);
      sets = java.util.Arrays.copyOf(sets, n);
      entries = java.util.Arrays.copyOf(entries, n);
      refs = java.util.Arrays.copyOf(refs, n);
    }
    sources[size] = source;
    kinds[size] = kind;
    sets[size] = set;
    entries[size] = entry;
    refs[size] = ref;
    size++;
  }

  /** An expression hit names one category, kept in {@code entry}; its set is -1. */
  void addCategory(int source, int kind, int category, CategorySets unused) {
    add(source, kind, -1, category, null);
  }

  public int size() {
    return size;
  }

  public void clear() {
    size = 0;
  }

  /** The index of the first hit of this source in this category, or -1. */
  int find(int source, int category, CategorySets categorySets) {
    if (category < 0) {
      return -1;
    }
    for (int i = 0; i < size; i++) {
      if (sources[i] != source) {
        continue;
      }
      if (kinds[i] == EXPRESSION
          ? entries[i] == category
          : categorySets.contains(sets[i], category)) {
        return i;
      }
    }
    return -1;
  }

  /** How hit i matched, in words: {@code domaine example.org}, {@code url ...}, {@code motif}. */
  String describe(int i, CompiledLists lists) {
    return switch (kinds[i]) {
      case DOMAIN -> "domain " + lists.domains().domain(entries[i]);
      case URL -> "url " + ((CompiledLists.UrlEntry) refs[i]).key();
      default -> "expression";
    };
  }
}
