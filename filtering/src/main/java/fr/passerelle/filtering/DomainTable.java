package fr.passerelle.filtering;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * An immutable open-addressing hash table of domains in primitive arrays: the names are
 * concatenated in one byte array, each has a 32-bit hash (computed over its characters from the
 * right, so that all the suffixes of a host are hashed in one pass), and a category-set number.
 * About 36 bytes per domain: 4.5 million domains take some 160 MB.
 */
public final class DomainTable {

  private final byte[] blob;
  private final int[] offsets; // n + 1
  private final int[] sets;

  /**
   * Entry index + 1 in the low {@code entryBits} bits (0 = empty), the high bits of the mixed hash
   * above them as a fingerprint: most probes that miss end on the slot, without touching the names.
   */
  private final int[] slots;

  private final int mask;
  private final int size;
  private final int entryBits;
  private final int entryMask;

  private DomainTable(byte[] blob, int[] offsets, int[] hashes, int[] sets, int size) {
    this.blob = blob;
    this.offsets = offsets;
    this.sets = sets;
    this.size = size;
    this.entryBits = 32 - Integer.numberOfLeadingZeros(size + 1);
    this.entryMask = entryBits >= 32 ? -1 : (1 << entryBits) - 1;
    int capacity = Integer.highestOneBit(Math.max(16, size + size / 2 + 1) - 1) << 1;
    this.slots = new int[capacity];
    this.mask = capacity - 1;
    for (int i = 0; i < size; i++) {
      int m = mix(hashes[i]);
      int slot = m & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = (i + 1) | (m & ~entryMask);
    }
  }

  public int size() {
    return size;
  }

  /**
   * Calls back for every suffix of the host (at label boundaries) present in the table, from the
   * shortest ({@code org}) to the whole host, with its entry index. Returns the number of hits.
   */
  public int matchSuffixes(String host, Hits hits) {
    int found = 0;
    int h = 0;
    int n = host.length();
    for (int i = n - 1; i >= 0; i--) {
      char c = host.charAt(i);
      h = h * 31 + c;
      if (i == 0 || host.charAt(i - 1) == '.') {
        int entry = find(host, i, n - i, h);
        if (entry >= 0) {
          found++;
          hits.hit(entry, sets[entry]);
        }
      }
    }
    return found;
  }

  /** The entry of exactly this domain, or -1. */
  public int find(String domain) {
    int h = 0;
    for (int i = domain.length() - 1; i >= 0; i--) {
      h = h * 31 + domain.charAt(i);
    }
    return find(domain, 0, domain.length(), h);
  }

  private int find(String s, int start, int len, int h) {
    int m = mix(h);
    int fingerprint = m & ~entryMask;
    int slot = m & mask;
    while (true) {
      int v = slots[slot];
      if (v == 0) {
        return -1;
      }
      if ((v & ~entryMask) == fingerprint) {
        int e = (v & entryMask) - 1;
        if (equalsAt(e, s, start, len)) {
          return e;
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  private boolean equalsAt(int e, String s, int start, int len) {
    int off = offsets[e];
    if (offsets[e + 1] - off != len) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (blob[off + k] != (byte) s.charAt(start + k)) {
        return false;
      }
    }
    return true;
  }

  public String domain(int entry) {
    return new String(
        blob,
        offsets[entry],
        offsets[entry + 1] - offsets[entry],
        java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  public int setOf(int entry) {
    return sets[entry];
  }

  static int hash(String s) {
    int h = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      h = h * 31 + s.charAt(i);
    }
    return h;
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  /** Receives the hits of {@link #matchSuffixes}. */
  @FunctionalInterface
  public interface Hits {
    void hit(int entry, int set);
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(size);
    out.writeInt(offsets[size]);
    out.write(blob, 0, offsets[size]);
    for (int i = 0; i <= size; i++) {
      out.writeInt(offsets[i]);
    }
    for (int i = 0; i < size; i++) {
      out.writeInt(sets[i]);
    }
  }

  static DomainTable read(DataInputStream in) throws IOException {
    int size = in.readInt();
    int bytes = in.readInt();
    byte[] blob = new byte[bytes];
    in.readFully(blob);
    int[] offsets = new int[size + 1];
    for (int i = 0; i <= size; i++) {
      offsets[i] = in.readInt();
    }
    int[] sets = new int[size];
    for (int i = 0; i < size; i++) {
      sets[i] = in.readInt();
    }
    int[] hashes = new int[size];
    for (int e = 0; e < size; e++) {
      int h = 0;
      for (int k = offsets[e + 1] - 1; k >= offsets[e]; k--) {
        h = h * 31 + (blob[k] & 0xff);
      }
      hashes[e] = h;
    }
    return new DomainTable(blob, offsets, hashes, sets, size);
  }

  /** Builds a table; adding a domain again adds the category to its set. Not thread-safe. */
  public static final class Builder {
    private byte[] blob;
    private int[] offsets;
    private int[] hashes;
    private int[] sets;
    private int[] slots;
    private int mask;
    private int size;
    private int used;
    private final CategorySets.Builder categorySets;

    public Builder(int expected, CategorySets.Builder categorySets) {
      int n = Math.max(16, expected);
      this.blob = new byte[n * 16];
      this.offsets = new int[n + 1];
      this.hashes = new int[n];
      this.sets = new int[n];
      this.slots = new int[Integer.highestOneBit(n * 2 - 1) << 1];
      this.mask = slots.length - 1;
      this.categorySets = categorySets;
    }

    /** Adds an ASCII, lower-case domain (see {@link Hosts#domain}) to a category. */
    public void add(String domain, int category) {
      int h = hash(domain);
      int slot = mix(h) & mask;
      int len = domain.length();
      while (true) {
        int e = slots[slot] - 1;
        if (e < 0) {
          break;
        }
        if (hashes[e] == h && same(e, domain)) {
          sets[e] = categorySets.with(sets[e], category);
          return;
        }
        slot = (slot + 1) & mask;
      }
      if (size == hashes.length) {
        int grown = size * 2;
        offsets = Arrays.copyOf(offsets, grown + 1);
        hashes = Arrays.copyOf(hashes, grown);
        sets = Arrays.copyOf(sets, grown);
      }
      if (used + len > blob.length) {
        blob = Arrays.copyOf(blob, Math.max(blob.length * 2, used + len));
      }
      for (int k = 0; k < len; k++) {
        blob[used + k] = (byte) domain.charAt(k);
      }
      offsets[size] = used;
      used += len;
      offsets[size + 1] = used;
      hashes[size] = h;
      sets[size] = categorySets.with(CategorySets.EMPTY, category);
      size++;
      slots[slot] = size;
      if (size * 2 > slots.length) {
        rehash();
      }
    }

    private boolean same(int e, String domain) {
      int off = offsets[e];
      if (offsets[e + 1] - off != domain.length()) {
        return false;
      }
      for (int k = 0; k < domain.length(); k++) {
        if (blob[off + k] != (byte) domain.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    private void rehash() {
      slots = new int[slots.length * 2];
      mask = slots.length - 1;
      for (int i = 0; i < size; i++) {
        int slot = mix(hashes[i]) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = i + 1;
      }
    }

    public int size() {
      return size;
    }

    public DomainTable build() {
      byte[] b = Arrays.copyOf(blob, used);
      int[] o = Arrays.copyOf(offsets, size + 1);
      int[] h = Arrays.copyOf(hashes, size);
      int[] s = Arrays.copyOf(sets, size);
      blob = null;
      offsets = null;
      hashes = null;
      sets = null;
      slots = null;
      return new DomainTable(b, o, h, s, size);
    }
  }
}
