package fr.passerelle.filtering;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The policies as a small text file, written by the application and read by the Squid helper, one
 * statement a line:
 *
 * <pre>
 * zone Europe/Paris
 * layer territory whitelist=inherit
 * layer school:3 whitelist=true
 * layer class:9 whitelist=true inherit-allow
 * rule territory locked block adult
 * rule class:5 - allow * mon,tue,thu,fri 14:00-16:00
 * class 5 12
 * network 12 10.12.0.0/16
 * exemption 7 5 example.org 2026-12-01T00:00:00Z
 * local local-allow domain example.org
 * </pre>
 *
 * A whitelist-only layer ({@code whitelist=true}) takes no allow rule from the layers above it;
 * {@code inherit-allow} after it says it does (see {@link Layer}).
 */
public final class PolicyFile {

  private PolicyFile() {}

  public static void write(Policies p, Writer out) throws IOException {
    out.write("# Passerelle filtering policy\n");
    out.write("zone " + p.zone().getId() + "\n");
    writeLayer(p.territory(), out);
    for (Layer l : p.schools().values()) {
      writeLayer(l, out);
    }
    for (Layer l : p.classes().values()) {
      writeLayer(l, out);
    }
    for (Map.Entry<Long, Long> e : p.classSchool().entrySet()) {
      out.write("class " + e.getKey() + " " + e.getValue() + "\n");
    }
    for (Policies.Network n : p.networks()) {
      out.write("network " + n.schoolId() + " " + n.cidr() + "\n");
    }
    for (Exemption x : p.exemptions()) {
      out.write(
          "exemption " + x.id() + " " + x.classId() + " " + x.domain() + " " + x.expires() + "\n");
    }
    CompiledLists local = p.local();
    for (String category : local.categories()) {
      int c = local.category(category);
      List<String> lines = new ArrayList<>();
      local.forEachDomain(c, d -> lines.add("local " + category + " domain " + d + "\n"));
      local.forEachUrl(c, u -> lines.add("local " + category + " url " + u + "\n"));
      for (String line : lines) {
        out.write(line);
      }
    }
  }

  private static void writeLayer(Layer l, Writer out) throws IOException {
    String w = l.whitelistOnly() == null ? "inherit" : l.whitelistOnly().toString();
    out.write(
        "layer "
            + l.scope()
            + " whitelist="
            + w
            + (l.inheritAllows() ? " inherit-allow" : "")
            + "\n");
    for (Rule r : l.rules()) {
      out.write(
          "rule "
              + l.scope()
              + " "
              + (r.locked() ? "locked" : "-")
              + " "
              + r.action().name().toLowerCase(Locale.ROOT)
              + " "
              + r.category()
              + (r.window() == null ? "" : " " + r.window())
              + "\n");
    }
  }

  public static Policies read(String text) throws IOException {
    Layer territory = new Layer("territory", null, List.of());
    Map<String, Boolean> whitelist = new LinkedHashMap<>();
    Map<String, Boolean> inheritAllows = new HashMap<>();
    Map<String, List<Rule>> rules = new LinkedHashMap<>();
    whitelist.put("territory", null);
    rules.put("territory", new ArrayList<>());
    Map<Long, Long> classSchool = new HashMap<>();
    List<Policies.Network> networks = new ArrayList<>();
    List<Exemption> exemptions = new ArrayList<>();
    CompiledLists.Builder local = new CompiledLists.Builder(64);
    ZoneId zone = ZoneId.of("Europe/Paris");
    BufferedReader reader = new BufferedReader(new StringReader(text));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      String[] t = s.split("\\s+");
      try {
        switch (t[0]) {
          case "zone" -> zone = ZoneId.of(t[1]);
          case "layer" -> {
            String w = t.length > 2 ? t[2].substring(t[2].indexOf('=') + 1) : "inherit";
            whitelist.put(t[1], w.equals("inherit") ? null : Boolean.valueOf(w));
            for (int k = 3; k < t.length; k++) {
              if (!t[k].equals("inherit-allow")) {
                throw new IllegalArgumentException("unknown layer option " + t[k]);
              }
              inheritAllows.put(t[1], true);
            }
            rules.computeIfAbsent(t[1], k -> new ArrayList<>());
          }
          case "rule" -> {
            TimeWindow window =
                t.length > 5
                    ? TimeWindow.parse(String.join(" ", List.of(t).subList(5, t.length)))
                    : null;
            Rule r =
                new Rule(
                    Action.valueOf(t[3].toUpperCase(Locale.ROOT)),
                    t[4],
                    window,
                    t[2].equals("locked"));
            rules.computeIfAbsent(t[1], k -> new ArrayList<>()).add(r);
            whitelist.putIfAbsent(t[1], null);
          }
          case "class" -> classSchool.put(Long.valueOf(t[1]), Long.valueOf(t[2]));
          case "network" -> networks.add(new Policies.Network(Long.parseLong(t[1]), t[2]));
          case "exemption" ->
              exemptions.add(
                  new Exemption(
                      Long.parseLong(t[1]), Long.parseLong(t[2]), t[3], Instant.parse(t[4])));
          case "local" -> {
            if (t[2].equals("domain")) {
              String d = Hosts.listDomain(t[3]);
              if (d == null) {
                throw new IllegalArgumentException("invalid domain");
              }
              local.domain(t[1], d);
            } else {
              String u = Hosts.urlKey(t[3]);
              if (u == null) {
                throw new IllegalArgumentException("invalid URL");
              }
              local.url(t[1], u);
            }
          }
          default -> throw new IllegalArgumentException("unknown statement");
        }
      } catch (RuntimeException e) {
        throw new IOException("Policy line " + number + ": " + e.getMessage() + " [" + s + "]", e);
      }
    }
    Map<Long, Layer> schools = new HashMap<>();
    Map<Long, Layer> classes = new HashMap<>();
    for (Map.Entry<String, List<Rule>> e : rules.entrySet()) {
      Layer layer =
          new Layer(
              e.getKey(),
              whitelist.get(e.getKey()),
              e.getValue(),
              inheritAllows.getOrDefault(e.getKey(), false));
      if (e.getKey().equals("territory")) {
        territory = layer;
      } else if (e.getKey().startsWith("school:")) {
        schools.put(Long.valueOf(e.getKey().substring(7)), layer);
      } else if (e.getKey().startsWith("class:")) {
        classes.put(Long.valueOf(e.getKey().substring(6)), layer);
      } else {
        throw new IOException("Unknown scope: " + e.getKey());
      }
    }
    return new Policies(
        territory, schools, classes, classSchool, networks, exemptions, local.build(), zone);
  }
}
