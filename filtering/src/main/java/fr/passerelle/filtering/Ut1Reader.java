package fr.passerelle.filtering;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads category lists in the layout of the Toulouse university (UT1) lists: a folder per category
 * holding {@code domains}, {@code urls} and optionally {@code expressions}, one entry a line,
 * {@code #} comments, and a {@code usage} file saying whether the category is a black or a white
 * list. A {@code www.} leading a {@code domains} entry is dropped: the entry covers the site, its
 * bare domain and all its subdomains. From a folder (searched at any depth) or a {@code .tar.gz} /
 * {@code .tgz} archive, read with the JDK only. Malformed lines are reported to the sink and
 * skipped.
 */
public final class Ut1Reader {

  private static final Pattern CATEGORY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  private Ut1Reader() {}

  /** Reads a folder or an archive. */
  public static void read(Path source, ListSink sink) throws IOException {
    if (Files.isDirectory(source)) {
      readFolder(source, sink);
    } else {
      try (InputStream in = Files.newInputStream(source)) {
        readTarGz(in, sink);
      }
    }
  }

  public static void readFolder(Path root, ListSink sink) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> kindOf(p.getFileName().toString()) != null)
              .filter(p -> !Files.isSymbolicLink(p.getParent()))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      String category = file.getParent().getFileName().toString();
      sink.expect(category, file.getFileName().toString(), Files.size(file));
      try (InputStream in = Files.newInputStream(file)) {
        readFile(
            category, file.getFileName().toString(), root.relativize(file).toString(), in, sink);
      }
    }
  }

  /** Reads a gzip-compressed tar archive (ustar, GNU long names and pax paths understood). */
  public static void readTarGz(InputStream compressed, ListSink sink) throws IOException {
    InputStream in = new GZIPInputStream(compressed, 1 << 16);
    byte[] header = new byte[512];
    String longName = null;
    while (true) {
      if (!readFully(in, header)) {
        return;
      }
      if (isZero(header)) {
        return;
      }
      String name = cString(header, 0, 100);
      String prefix = cString(header, 345, 155);
      if (!prefix.isEmpty() && header[257] == 'u') {
        name = prefix + "/" + name;
      }
      long size = octal(header, 124, 12);
      char type = (char) header[156];
      long padded = (size + 511) / 512 * 512;
      if (type == 'L' || type == 'x') {
        byte[] data = readBytes(in, size);
        skip(in, padded - size);
        String text = new String(data, StandardCharsets.UTF_8);
        if (type == 'L') {
          longName = text.replace("\0", "");
        } else {
          for (String record : text.split("\n")) {
            int eq = record.indexOf(" path=");
            if (eq >= 0) {
              longName = record.substring(eq + 6);
            }
          }
        }
        continue;
      }
      if (longName != null) {
        name = longName;
        longName = null;
      }
      if ((type == '0' || type == '\0') && size >= 0) {
        String[] parts = name.split("/");
        String file = parts[parts.length - 1];
        if (parts.length >= 2 && kindOf(file) != null) {
          InputStream entry = new Bounded(in, size);
          sink.expect(parts[parts.length - 2], file, size);
          readFile(parts[parts.length - 2], file, name, entry, sink);
          skip(entry, Long.MAX_VALUE);
          skip(in, padded - size);
          continue;
        }
      }
      skip(in, padded);
    }
  }

  private static String kindOf(String fileName) {
    return switch (fileName) {
      case "domains", "urls", "expressions", "usage" -> fileName;
      default -> null;
    };
  }

  /** Reads one list file of a category. */
  public static void readFile(
      String category, String fileName, String source, InputStream in, ListSink sink)
      throws IOException {
    String kind = kindOf(fileName);
    if (kind == null) {
      return;
    }
    if (!CATEGORY.matcher(category).matches()) {
      sink.problem(new ListProblem(source, 0, category, "invalid category name"));
      return;
    }
    if (kind.equals("usage")) {
      byte[] text = in.readNBytes(64 * 1024);
      sink.usage(category, ListUsage.parse(new String(text, StandardCharsets.UTF_8)));
      return;
    }
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)),
            1 << 16);
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      String entry = clean(line, !kind.equals("expressions"));
      if (entry.isEmpty()) {
        continue;
      }
      switch (kind) {
        case "domains" -> {
          String domain = entry.indexOf(' ') >= 0 ? null : Hosts.listDomain(entry);
          if (domain == null) {
            sink.problem(new ListProblem(source, number, shorten(line), "invalid domain"));
          } else {
            sink.domain(category, domain);
          }
        }
        case "urls" -> {
          String url = entry.indexOf(' ') >= 0 ? null : Hosts.urlKey(entry);
          if (url == null) {
            sink.problem(new ListProblem(source, number, shorten(line), "invalid URL"));
          } else {
            sink.url(category, url);
          }
        }
        default -> {
          try {
            Pattern.compile(entry);
            sink.expression(category, entry);
          } catch (PatternSyntaxException e) {
            sink.problem(new ListProblem(source, number, shorten(line), "invalid expression"));
          }
        }
      }
    }
  }

  /** Strips odd white space (tabs, no-break spaces, byte-order marks, CR) and comments. */
  static String clean(String line, boolean inlineComments) {
    int start = 0;
    int end = line.length();
    while (start < end && blank(line.charAt(start))) {
      start++;
    }
    if (start < end && line.charAt(start) == '#') {
      return "";
    }
    if (inlineComments) {
      int hash = line.indexOf('#', start);
      if (hash >= 0) {
        end = hash;
      }
    }
    while (end > start && blank(line.charAt(end - 1))) {
      end--;
    }
    String s = line.substring(start, end);
    for (int i = 0; i < s.length(); i++) {
      if (blank(s.charAt(i))) {
        return s.replaceAll("[\\s\\u00A0\\uFEFF\\u200B]+", " ");
      }
    }
    return s;
  }

  private static boolean blank(char c) {
    return c <= ' ' || c == '\u00A0' || c == '\uFEFF' || c == '\u200B' || Character.isWhitespace(c);
  }

  private static String shorten(String line) {
    return line.length() <= 200 ? line : line.substring(0, 200);
  }

  private static boolean readFully(InputStream in, byte[] buffer) throws IOException {
    int read = 0;
    while (read < buffer.length) {
      int n = in.read(buffer, read, buffer.length - read);
      if (n < 0) {
        if (read == 0) {
          return false;
        }
        throw new EOFException("Truncated tar archive");
      }
      read += n;
    }
    return true;
  }

  private static byte[] readBytes(InputStream in, long size) throws IOException {
    if (size > 1 << 20) {
      throw new IOException("Tar header record too large");
    }
    byte[] data = new byte[(int) size];
    if (size > 0 && !readFully(in, data)) {
      throw new EOFException("Truncated tar archive");
    }
    return data;
  }

  private static void skip(InputStream in, long n) throws IOException {
    byte[] buffer = new byte[8192];
    long left = n;
    while (left > 0) {
      int r = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (r < 0) {
        if (n == Long.MAX_VALUE) {
          return;
        }
        throw new EOFException("Truncated tar archive");
      }
      left -= r;
    }
  }

  private static boolean isZero(byte[] b) {
    for (byte x : b) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  private static String cString(byte[] b, int off, int len) {
    int end = off;
    while (end < off + len && b[end] != 0) {
      end++;
    }
    return new String(b, off, end - off, StandardCharsets.UTF_8);
  }

  private static long octal(byte[] b, int off, int len) throws IOException {
    if ((b[off] & 0x80) != 0) {
      long v = 0;
      for (int i = off + 1; i < off + len; i++) {
        v = (v << 8) | (b[i] & 0xff);
      }
      return v;
    }
    long v = 0;
    for (int i = off; i < off + len; i++) {
      byte c = b[i];
      if (c == 0 || c == ' ') {
        if (v > 0) {
          break;
        }
        continue;
      }
      if (c < '0' || c > '7') {
        throw new IOException("Corrupt tar header");
      }
      v = v * 8 + (c - '0');
    }
    return v;
  }

  /** A view of the next n bytes of a stream; closing it does not close the stream. */
  private static final class Bounded extends FilterInputStream {
    private long left;

    Bounded(InputStream in, long size) {
      super(in);
      this.left = size;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int c = in.read();
      if (c >= 0) {
        left--;
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public void close() {}
  }
}
