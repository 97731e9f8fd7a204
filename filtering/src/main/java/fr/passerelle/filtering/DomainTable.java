package fr.passerelle.filtering;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An immutable open-addressing hash table of domains in primitive arrays: the names are
 * concatenated in one byte array, each has a 32-bit hash (computed over its characters from the
 * right, so that all the suffixes of a host are hashed in one pass), and a category-set number.
 *
 * <p>Compact: a name's length is one byte and its start is found from the start of its block of 16
 * entries plus the lengths before it in the block; category-set numbers take one byte when there
 * are at most 256 sets (two up to 65,536). About 24 bytes per domain with the names: 4.5 million
 * domains of UT1's shape take some 115 MB.
 */
public final class DomainTable {

  private static final int BLOCK = 16;

  private final byte[] blob;
  private final byte[] lengths;
  private final int[] blockStarts; // start of entries 0, 16, 32...
  private final byte[] sets8;
  private final char[] sets16;
  private final int[] sets32;

  /**
   * Entry index + 1 in the low {@code entryBits} bits (0 = empty), the high bits of the mixed hash
   * above them as a fingerprint: most probes that miss end on the slot, without touching the names.
   */
  private final int[] slots;

  private final int mask;
  private final int size;
  private final int entryBits;
  private final int entryMask;

  /** {@code lengths} of the {@code size} names in {@code blob}, their sets, the largest set. */
  private DomainTable(byte[] blob, byte[] lengths, int size, SetReader sets, int setCount)
      throws IOException {
    this.blob = blob;
    this.lengths = lengths;
    this.size = size;
    this.blockStarts = new int[size / BLOCK + 1];
    int off = 0;
    for (int e = 0; e < size; e++) {
      if (e % BLOCK == 0) {
        blockStarts[e / BLOCK] = off;
      }
      off += lengths[e] & 0xff;
    }
    byte[] s8 = setCount <= 256 ? new byte[size] : null;
    char[] s16 = s8 == null && setCount <= 65536 ? new char[size] : null;
    int[] s32 = s8 == null && s16 == null ? new int[size] : null;
    for (int e = 0; e < size; e++) {
      int s = sets.next(e);
      if (s8 != null) {
        s8[e] = (byte) s;
      } else if (s16 != null) {
        s16[e] = (char) s;
      } else {
        s32[e] = s;
      }
    }
    this.sets8 = s8;
    this.sets16 = s16;
    this.sets32 = s32;
    this.entryBits = 32 - Integer.numberOfLeadingZeros(size + 1);
    this.entryMask = entryBits >= 32 ? -1 : (1 << entryBits) - 1;
    int capacity = Integer.highestOneBit(Math.max(16, size + size / 2 + 1) - 1) << 1;
    this.slots = new int[capacity];
    this.mask = capacity - 1;
    off = 0;
    for (int i = 0; i < size; i++) {
      int len = lengths[i] & 0xff;
      int h = 0;
      for (int k = off + len - 1; k >= off; k--) {
        h = h * 31 + (blob[k] & 0xff);
      }
      off += len;
      int m = mix(h);
      int slot = m & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = (i + 1) | (m & ~entryMask);
    }
  }

  /** The set numbers of the entries, in order. */
  @FunctionalInterface
  private interface SetReader {
    int next(int entry) throws IOException;
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
          hits.hit(entry, setOf(entry));
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
    if ((lengths[e] & 0xff) != len) {
      return false;
    }
    int off = offset(e);
    for (int k = 0; k < len; k++) {
      if (blob[off + k] != (byte) s.charAt(start + k)) {
        return false;
      }
    }
    return true;
  }

  private int offset(int e) {
    int off = blockStarts[e / BLOCK];
    for (int k = e & -BLOCK; k < e; k++) {
      off += lengths[k] & 0xff;
    }
    return off;
  }

  public String domain(int entry) {
    return new String(blob, offset(entry), lengths[entry] & 0xff, StandardCharsets.ISO_8859_1);
  }

  public int setOf(int entry) {
    if (sets8 != null) {
      return sets8[entry] & 0xff;
    }
    return sets16 != null ? sets16[entry] : sets32[entry];
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

  /** The snapshot layout: names, then n + 1 offsets and n set numbers as 32-bit integers. */
  void write(DataOutputStream out) throws IOException {
    int bytes = size == 0 ? 0 : offset(size - 1) + (lengths[size - 1] & 0xff);
    out.writeInt(size);
    out.writeInt(bytes);
    for (int off = 0; off < bytes; off += 1 << 14) {
      out.write(blob, off, Math.min(1 << 14, bytes - off));
    }
    int off = 0;
    for (int i = 0; i < size; i++) {
      out.writeInt(off);
      off += lengths[i] & 0xff;
    }
    out.writeInt(off);
    for (int i = 0; i < size; i++) {
      out.writeInt(setOf(i));
    }
  }

  /** Reads what {@link #write} wrote, without any array but the table's own. */
  static DomainTable read(DataInputStream in, int setCount) throws IOException {
    int size = in.readInt();
    int bytes = in.readInt();
    byte[] blob = new byte[bytes];
    // In small reads: one large read would go through a temporary direct buffer of its size, which
    // the JDK keeps for the thread (70 MB of native memory for UT1's names).
    for (int off = 0; off < bytes; off += 1 << 14) {
      in.readFully(blob, off, Math.min(1 << 14, bytes - off));
    }
    byte[] lengths = new byte[size];
    int previous = in.readInt();
    for (int i = 0; i < size; i++) {
      int next = in.readInt();
      int len = next - previous;
      if (len < 1 || len > 255) {
        throw new IOException("Damaged snapshot: a domain of " + len + " characters");
      }
      lengths[i] = (byte) len;
      previous = next;
    }
    return new DomainTable(blob, lengths, size, e -> in.readInt(), setCount);
  }

  /**
   * Builds a table; adding a domain again adds the category to its set. Not thread-safe.
   *
   * <p>Grows with what is added, without copying what it holds: the names go into 1 MB chunks and
   * the per-entry numbers into pages of 65,536 entries, so no size needs to be known in advance and
   * growing never holds two copies (only the hash slots are rebuilt, at twice the size, when half
   * full). About 45 bytes per domain while building (UT1's 4.6 million domains: some 210 MB at the
   * peak), then the names are copied chunk by chunk into the table, each chunk let go once copied.
   */
  public static final class Builder {
    private static final int PAGE_BITS = 16;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int CHUNK_BITS = 20;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private byte[][] chunks = new byte[16][];
    private int[] chunkUsed = new int[16];
    private int chunkCount;
    private int used;
    private int[][] locations = new int[16][]; // chunk << 20 | offset in the chunk
    private byte[][] lengths = new byte[16][];
    private int[][] hashes = new int[16][];
    private int[][] sets = new int[16][];
    private int[] slots;
    private int mask;
    private int size;
    private final CategorySets.Builder categorySets;

    /** A builder with room for about {@code expected} domains at first (0: a small start). */
    public Builder(int expected, CategorySets.Builder categorySets) {
      int n = Math.max(1 << 12, Math.min(expected, 1 << 28));
      this.slots = new int[Integer.highestOneBit(n * 2 - 1) << 1];
      this.mask = slots.length - 1;
      this.categorySets = categorySets;
    }

    /** Adds an ASCII, lower-case domain (see {@link Hosts#domain}) to a category. */
    public void add(String domain, int category) {
      int h = hash(domain);
      int slot = mix(h) & mask;
      int len = domain.length();
      if (len == 0 || len > 255) {
        throw new IllegalArgumentException("A domain has 1 to 253 characters: " + domain);
      }
      while (true) {
        int e = slots[slot] - 1;
        if (e < 0) {
          break;
        }
        if (hashes[e >>> PAGE_BITS][e & (PAGE - 1)] == h && same(e, domain)) {
          int[] page = sets[e >>> PAGE_BITS];
          page[e & (PAGE - 1)] = categorySets.with(page[e & (PAGE - 1)], category);
          return;
        }
        slot = (slot + 1) & mask;
      }
      if (chunkCount == 0 || chunkUsed[chunkCount - 1] + len > CHUNK) {
        if (chunkCount == chunks.length) {
          chunks = Arrays.copyOf(chunks, chunkCount * 2);
          chunkUsed = Arrays.copyOf(chunkUsed, chunkCount * 2);
        }
        chunks[chunkCount++] = new byte[CHUNK];
      }
      int c = chunkCount - 1;
      byte[] chunk = chunks[c];
      int off = chunkUsed[c];
      for (int k = 0; k < len; k++) {
        chunk[off + k] = (byte) domain.charAt(k);
      }
      chunkUsed[c] = off + len;
      used += len;
      int page = size >>> PAGE_BITS;
      int at = size & (PAGE - 1);
      if (at == 0) {
        if (page == locations.length) {
          locations = Arrays.copyOf(locations, page * 2);
          lengths = Arrays.copyOf(lengths, page * 2);
          hashes = Arrays.copyOf(hashes, page * 2);
          sets = Arrays.copyOf(sets, page * 2);
        }
        locations[page] = new int[PAGE];
        lengths[page] = new byte[PAGE];
        hashes[page] = new int[PAGE];
        sets[page] = new int[PAGE];
      }
      locations[page][at] = (c << CHUNK_BITS) | off;
      lengths[page][at] = (byte) len;
      hashes[page][at] = h;
      sets[page][at] = categorySets.with(CategorySets.EMPTY, category);
      size++;
      slots[slot] = size;
      if (size * 2 > slots.length) {
        rehash();
      }
    }

    private boolean same(int e, String domain) {
      int page = e >>> PAGE_BITS;
      int at = e & (PAGE - 1);
      if ((lengths[page][at] & 0xff) != domain.length()) {
        return false;
      }
      int location = locations[page][at];
      byte[] chunk = chunks[location >>> CHUNK_BITS];
      int off = location & (CHUNK - 1);
      for (int k = 0; k < domain.length(); k++) {
        if (chunk[off + k] != (byte) domain.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Makes room for about {@code more} domains beyond those held, so that the slots are rebuilt
     * once rather than at each doubling (each rebuild leaves the old slots behind as garbage).
     */
    public void reserve(int more) {
      long wanted = ((long) size + Math.max(0, more)) * 2;
      if (wanted > slots.length && wanted <= 1 << 30) {
        rehash(Integer.highestOneBit((int) wanted - 1) << 1);
      }
    }

    private void rehash() {
      rehash((mask + 1) * 2);
    }

    private void rehash(int capacity) {
      slots = null; // the old slots are not needed to rebuild: let them go first
      slots = new int[capacity];
      mask = slots.length - 1;
      for (int i = 0; i < size; i++) {
        int slot = mix(hashes[i >>> PAGE_BITS][i & (PAGE - 1)]) & mask;
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
      slots = null;
      hashes = null;
      locations = null;
      byte[] blob = new byte[used];
      int off = 0;
      for (int c = 0; c < chunkCount; c++) {
        System.arraycopy(chunks[c], 0, blob, off, chunkUsed[c]);
        off += chunkUsed[c];
        chunks[c] = null;
      }
      byte[] all = new byte[size];
      for (int p = 0; p * PAGE < size; p++) {
        System.arraycopy(lengths[p], 0, all, p * PAGE, Math.min(PAGE, size - p * PAGE));
        lengths[p] = null;
      }
      int[][] s = sets;
      int count = categorySets.count();
      chunks = null;
      sets = null;
      try {
        return new DomainTable(blob, all, size, e -> s[e >>> PAGE_BITS][e & (PAGE - 1)], count);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
