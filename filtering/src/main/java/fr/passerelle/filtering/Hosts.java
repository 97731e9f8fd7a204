package fr.passerelle.filtering;

import java.net.IDN;
import java.util.Locale;

/**
 * Normalisation of host names and URLs, the same for list entries and for requests: lower case, no
 * trailing dot, internationalised names in their ASCII (punycode) form, no scheme, no port.
 */
public final class Hosts {

  private Hosts() {}

  /**
   * A list entry or a host as a domain to match, or null when it is not a valid host name. Leading
   * {@code *.} and {@code .} are dropped (a rule always covers subdomains).
   */
  public static String domain(String raw) {
    String s = raw.strip();
    if (s.startsWith("*.")) {
      s = s.substring(2);
    }
    while (s.startsWith(".")) {
      s = s.substring(1);
    }
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty() || s.length() > 253) {
      return null;
    }
    if (!isAscii(s)) {
      s = s.toLowerCase(Locale.ROOT);
      try {
        s = IDN.toASCII(s, IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    s = lower(s);
    return validHost(s) ? s : null;
  }

  /** The host part of a request URL (http, https, CONNECT's host:port, or a bare host/path). */
  public static String hostOf(String url) {
    int start = schemeEnd(url);
    int end = start;
    int n = url.length();
    while (end < n) {
      char c = url.charAt(end);
      if (c == '/' || c == '?' || c == '#') {
        break;
      }
      end++;
    }
    String authority = url.substring(start, end);
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      authority = authority.substring(at + 1);
    }
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      return close > 0 ? lower(authority.substring(1, close)) : null;
    }
    int colon = authority.indexOf(':');
    if (colon >= 0) {
      authority = authority.substring(0, colon);
    }
    return domain(authority);
  }

  /**
   * A list entry's domain: as {@link #domain}, then without a leading {@code www.} (UT1's {@code
   * domains} mean the site: {@code www.site.test} covers {@code site.test} and all its subdomains).
   * Null when not a valid host name.
   */
  public static String listDomain(String raw) {
    String d = domain(raw);
    return d == null ? null : withoutWww(d);
  }

  /**
   * A normalised domain without its leading {@code www.}, unless nothing would be left but one
   * label ({@code www.fr} stays).
   */
  public static String withoutWww(String domain) {
    return domain.startsWith("www.") && domain.indexOf('.', 4) > 4 ? domain.substring(4) : domain;
  }

  /**
   * A URL as a prefix to match: {@code host/path}, without scheme, port or the leading {@code
   * www.}, its path normalised as {@link #normalPath}. Null when its host is not valid or its
   * percent-encoding is broken.
   */
  public static String urlKey(String raw) {
    String s = raw.strip();
    int start = schemeEnd(s);
    int slash = s.indexOf('/', start);
    String hostPart = slash < 0 ? s.substring(start) : s.substring(start, slash);
    String path = slash < 0 ? "" : s.substring(slash);
    int q = hostPart.indexOf('?');
    if (q >= 0) {
      path = hostPart.substring(q) + path;
      hostPart = hostPart.substring(0, q);
    }
    String host = hostOf(hostPart);
    if (host == null) {
      return null;
    }
    int hash = path.indexOf('#');
    String normal = normalPath(path, 0, hash < 0 ? path.length() : hash);
    return normal == null ? null : urlHost(host) + normal;
  }

  /**
   * A path (with its query) as URL prefixes are compared, the same for list entries and requests:
   * lower case; {@code %XX} of a letter, digit, {@code -}, {@code .}, {@code _} or {@code ~}
   * decoded (they mean the same, RFC 3986 section 6.2.2.2), other escapes kept with lower-case
   * digits; characters beyond ASCII written as their UTF-8 escapes. Null when a {@code %} is not
   * followed by two hexadecimal digits.
   */
  public static String normalPath(String s, int from, int to) {
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c == '%' || c >= 128 || (c >= 'A' && c <= 'Z')) {
        break;
      }
      i++;
    }
    if (i == to) {
      return s.substring(from, to);
    }
    StringBuilder b = new StringBuilder(to - from + 8).append(s, from, i);
    while (i < to) {
      char c = s.charAt(i);
      if (c == '%') {
        int hi = i + 2 < to ? hex(s.charAt(i + 1)) : -1;
        int lo = i + 2 < to ? hex(s.charAt(i + 2)) : -1;
        if (hi < 0 || lo < 0) {
          return null;
        }
        char v = (char) (hi * 16 + lo);
        if ((v >= 'a' && v <= 'z')
            || (v >= 'A' && v <= 'Z')
            || (v >= '0' && v <= '9')
            || v == '-'
            || v == '.'
            || v == '_'
            || v == '~') {
          b.append(lowerAscii(v));
        } else {
          b.append('%').append(HEX[hi]).append(HEX[lo]);
        }
        i += 3;
      } else if (c >= 128) {
        int end = i;
        while (end < to && s.charAt(end) >= 128) {
          end++;
        }
        byte[] utf8 =
            s.substring(i, end)
                .toLowerCase(Locale.ROOT)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte x : utf8) {
          b.append('%').append(HEX[(x >> 4) & 15]).append(HEX[x & 15]);
        }
        i = end;
      } else {
        b.append(lowerAscii(c));
        i++;
      }
    }
    return b.toString();
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** The value of a hexadecimal digit, or -1. */
  static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /** The host as URL prefixes key it: without a leading {@code www.}. */
  public static String urlHost(String host) {
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  private static int schemeEnd(String url) {
    int sep = url.indexOf("://");
    if (sep > 0 && sep < 16) {
      return sep + 3;
    }
    return 0;
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  static String lower(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'A' && c <= 'Z') || c >= 128) {
        return s.toLowerCase(Locale.ROOT);
      }
    }
    return s;
  }

  /** Letters, digits, hyphens and underscores in dot-separated labels of at most 63 characters. */
  static boolean validHost(String s) {
    int label = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (label == 0) {
          return false;
        }
        label = 0;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
        if (++label > 63) {
          return false;
        }
      } else {
        return false;
      }
    }
    return label > 0;
  }
}
