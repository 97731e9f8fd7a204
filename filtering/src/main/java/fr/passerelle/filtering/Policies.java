package fr.passerelle.filtering;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Everything the engine needs besides the shared lists: the layers of rules, which class is in
 * which school, the schools' networks, the approved exemptions, the local lists and the time zone.
 */
public record Policies(
    Layer territory,
    Map<Long, Layer> schools,
    Map<Long, Layer> classes,
    Map<Long, Long> classSchool,
    List<Network> networks,
    List<Exemption> exemptions,
    CompiledLists local,
    ZoneId zone) {

  public Policies {
    schools = Map.copyOf(schools);
    classes = Map.copyOf(classes);
    classSchool = Map.copyOf(classSchool);
    networks = List.copyOf(networks);
    exemptions = List.copyOf(exemptions);
  }

  /** Only a territory layer, no school, no local list. */
  public static Policies territoryOnly(Layer territory) {
    return new Policies(
        territory,
        Map.of(),
        Map.of(),
        Map.of(),
        List.of(),
        List.of(),
        CompiledLists.empty(),
        ZoneId.of("Europe/Paris"));
  }

  /** A school's network, as an IPv4 CIDR block ({@code 10.12.0.0/16}). */
  public record Network(long schoolId, String cidr) {

    public Network {
      range(cidr);
    }

    /** The first address and the prefix length; refuses what is not an IPv4 CIDR block. */
    public static long[] range(String cidr) {
      String[] parts = cidr.strip().split("/");
      int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : 32;
      long ip = ipv4(parts[0]);
      if (ip < 0 || bits < 0 || bits > 32 || parts.length > 2) {
        throw new IllegalArgumentException("Not an IPv4 network: " + cidr);
      }
      long mask = bits == 0 ? 0 : (0xffffffffL << (32 - bits)) & 0xffffffffL;
      return new long[] {ip & mask, bits};
    }

    /** The address as a number, or -1. */
    public static long ipv4(String s) {
      // Per request: no regular expression, no allocation.
      int n = s.length();
      int i = 0;
      while (i < n && s.charAt(i) <= ' ') {
        i++;
      }
      while (n > i && s.charAt(n - 1) <= ' ') {
        n--;
      }
      long v = 0;
      int parts = 0;
      while (parts < 4) {
        int part = 0;
        int digits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9' && digits < 4) {
          part = part * 10 + (s.charAt(i++) - '0');
          digits++;
        }
        if (digits == 0 || digits > 3 || part > 255) {
          return -1;
        }
        v = (v << 8) | part;
        parts++;
        if (parts < 4) {
          if (i >= n || s.charAt(i) != '.') {
            return -1;
          }
          i++;
        }
      }
      return i == n ? v : -1;
    }
  }
}
