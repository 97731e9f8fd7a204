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
   * A URL as a prefix to match: {@code host/path}, without scheme, port or the leading {@code
   * www.}, in lower case. Null when its host is not valid.
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
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    int hash = path.indexOf('#');
    if (hash >= 0) {
      path = path.substring(0, hash);
    }
    return host + lower(path);
  }

  /**
   * The path (with query, without fragment) of a request URL in lower case, as URL prefixes are
   * matched: empty when there is none.
   */
  public static String pathOf(String url) {
    int start = schemeEnd(url);
    int n = url.length();
    int i = start;
    while (i < n) {
      char c = url.charAt(i);
      if (c == '/' || c == '?') {
        break;
      }
      i++;
    }
    if (i >= n) {
      return "";
    }
    int hash = url.indexOf('#', i);
    String path = hash < 0 ? url.substring(i) : url.substring(i, hash);
    return lower(path);
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
