package fr.passerelle.filtering;

/**
 * A request's URL taken apart for matching, or the reason it cannot be: the engine blocks what it
 * cannot read (fail closed) and says why. Understood: {@code http}, {@code https}, {@code ftp},
 * {@code ws} and {@code wss} URLs, CONNECT's {@code host:port} and a bare {@code host/path}.
 * Refused: another scheme ({@code javascript:}, {@code file://}...), no host, a host name that is
 * not one, a port that is not a number, and a {@code %} not followed by two hexadecimal digits in
 * the path or query.
 */
public final class RequestUrl {

  private static final String[] SCHEMES = {"http", "https", "ftp", "ws", "wss"};

  private final String url;
  private final String host;
  private final int pathStart;
  private final int pathEnd;
  private final String problem;
  private String path;

  private RequestUrl(String url, String host, int pathStart, int pathEnd, String problem) {
    this.url = url;
    this.host = host;
    this.pathStart = pathStart;
    this.pathEnd = pathEnd;
    this.problem = problem;
  }

  private static RequestUrl refused(String problem) {
    return new RequestUrl(null, null, 0, 0, problem);
  }

  /** Takes a URL apart; never null, see {@link #valid()}. */
  public static RequestUrl parse(String url) {
    if (url == null) {
      return refused("no URL");
    }
    int n = url.length();
    if (n == 0) {
      return refused("empty request");
    }
    int delimiter = delimiter(url, 0, n);
    int start = 0;
    int sep = url.indexOf("://");
    if (sep >= 0 && sep < delimiter) {
      if (!knownScheme(url, sep)) {
        return refused("unsupported scheme " + shorten(url.substring(0, sep)));
      }
      start = sep + 3;
    } else {
      String scheme = schemeWithoutAuthority(url, delimiter);
      if (scheme != null) {
        return refused(
            knownScheme(scheme, scheme.length())
                ? "no host"
                : "unsupported scheme " + shorten(scheme));
      }
    }
    int end = delimiter(url, start, n);
    int hostStart = start;
    for (int i = end - 1; i >= start; i--) {
      if (url.charAt(i) == '@') {
        hostStart = i + 1;
        break;
      }
    }
    if (hostStart >= end) {
      return refused("no host");
    }
    String host;
    int portStart;
    if (url.charAt(hostStart) == '[') {
      int close = url.indexOf(']', hostStart);
      if (close < 0 || close > end || !ipv6(url, hostStart + 1, close)) {
        return refused("invalid host name");
      }
      host = Hosts.lower(url.substring(hostStart + 1, close));
      portStart = close + 1;
      if (portStart < end && url.charAt(portStart) != ':') {
        return refused("invalid host name");
      }
    } else {
      int colon = url.indexOf(':', hostStart);
      int hostEnd = colon < 0 || colon > end ? end : colon;
      if (hostEnd == hostStart) {
        return refused("no host");
      }
      host = Hosts.domain(url.substring(hostStart, hostEnd));
      if (host == null) {
        return refused("invalid host name");
      }
      portStart = hostEnd;
    }
    if (portStart < end && !port(url, portStart + 1, end)) {
      return refused("bad port");
    }
    int pathEnd = url.indexOf('#', end);
    if (pathEnd < 0) {
      pathEnd = n;
    }
    for (int i = end; i < pathEnd; i++) {
      if (url.charAt(i) == '%'
          && (i + 2 >= pathEnd
              || Hosts.hex(url.charAt(i + 1)) < 0
              || Hosts.hex(url.charAt(i + 2)) < 0)) {
        return refused("bad percent-encoding");
      }
    }
    return new RequestUrl(url, host, end, pathEnd, null);
  }

  /** Whether the URL could be read; when not, {@link #problem()} says why. */
  public boolean valid() {
    return problem == null;
  }

  /** Why the URL cannot be read, in words, or null. */
  public String problem() {
    return problem;
  }

  /** The host: ASCII, lower case, without port or trailing dot; null when not valid. */
  public String host() {
    return host;
  }

  /** The host as URL prefixes key it: without a leading {@code www.}. */
  public String urlHost() {
    return host == null ? null : Hosts.urlHost(host);
  }

  /**
   * The path and query as URL prefixes are matched (see {@link Hosts#normalPath}): empty when there
   * is none, null when not valid.
   */
  public String path() {
    if (path == null && problem == null) {
      path = Hosts.normalPath(url, pathStart, pathEnd);
    }
    return path;
  }

  private static int delimiter(String url, int from, int n) {
    for (int i = from; i < n; i++) {
      char c = url.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        return i;
      }
    }
    return n;
  }

  private static boolean knownScheme(String url, int length) {
    for (String s : SCHEMES) {
      if (s.length() == length && url.regionMatches(true, 0, s, 0, length)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A scheme without {@code //} ({@code javascript:}, {@code mailto:}, {@code http:/x}): letters
   * then a colon not followed by a port number. Null for {@code host:port} and host names.
   */
  private static String schemeWithoutAuthority(String url, int delimiter) {
    int colon = url.indexOf(':');
    if (colon <= 0 || colon > delimiter) {
      return null;
    }
    for (int i = 0; i < colon; i++) {
      char c = url.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      // A dot makes it a host name (its port is checked as a port).
      if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '-'))) {
        return null;
      }
    }
    int i = colon + 1;
    int digits = 0;
    while (i < url.length() && url.charAt(i) >= '0' && url.charAt(i) <= '9') {
      i++;
      digits++;
    }
    boolean port = digits > 0 && (i == url.length() || delimiter(url, i, i + 1) == i);
    return port ? null : url.substring(0, colon);
  }

  private static boolean port(String url, int from, int to) {
    if (to - from > 5) {
      return false;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = url.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      value = value * 10 + (c - '0');
    }
    return value <= 65535;
  }

  private static boolean ipv6(String url, int from, int to) {
    if (to <= from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = url.charAt(i);
      if (!(Hosts.hex(c) >= 0 || c == ':' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  private static String shorten(String s) {
    return s.length() <= 20 ? s : s.substring(0, 20) + "…";
  }
}
