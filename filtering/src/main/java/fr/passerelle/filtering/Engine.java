package fr.passerelle.filtering;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides allow or block. Immutable: a new list or policy makes a new engine, swapped in with
 * {@link EngineHolder}. The rule chain of a request, in this order:
 *
 * <ol>
 *   <li>the territory's locked rules (never overridden: adult sites, malware...);
 *   <li>the approved exemptions of the class, until they expire;
 *   <li>the class's rules, then the school's, then the territory's other rules, each in order,
 *       without the allow rules of the levels above a whitelist-only level unless it says it takes
 *       them ({@link Layer});
 *   <li>the default: block when the nearest level that says so is whitelist-only, else allow.
 * </ol>
 *
 * A request that cannot be read (no host, another scheme, a broken port or percent-encoding: see
 * {@link RequestUrl}) is blocked before any rule, with the scope {@value #INVALID} and the reason.
 *
 * <p>A category rule applies when the request matches the category in the shared lists (domain by
 * suffix, URL by prefix, expression) or in the local lists; {@code *} matches any request.
 */
public final class Engine {

  /** The scope of the decision on a request that cannot be read (always blocked). */
  public static final String INVALID = "invalid";

  private static final int SHARED = 0;
  private static final int LOCAL = 1;

  private final CompiledLists lists;
  private final Policies policies;
  private final Map<Long, Step[]> classChains = new HashMap<>();
  private final Map<Long, Step[]> schoolChains = new HashMap<>();
  private final Step[] territoryChain;
  private final Map<Long, List<Exemption>> exemptionsByClass = new HashMap<>();
  private final long[][] networks; // base, bits, school; longest prefix first

  /** One step of a chain. */
  private record Step(
      String scope,
      int number,
      Rule rule,
      String ruleText,
      int shared,
      int local,
      boolean whitelistDefault) {}

  public Engine(CompiledLists lists, Policies policies) {
    this.lists = lists;
    this.policies = policies;
    this.territoryChain = chain(null, null);
    for (Long school : policies.schools().keySet()) {
      schoolChains.put(school, chain(school, null));
    }
    for (Map.Entry<Long, Long> e : policies.classSchool().entrySet()) {
      classChains.put(e.getKey(), chain(e.getValue(), e.getKey()));
    }
    for (Long classId : policies.classes().keySet()) {
      classChains.computeIfAbsent(classId, c -> chain(policies.classSchool().get(c), c));
    }
    for (Exemption x : policies.exemptions()) {
      exemptionsByClass.computeIfAbsent(x.classId(), k -> new ArrayList<>()).add(x);
    }
    List<long[]> nets = new ArrayList<>();
    for (Policies.Network n : policies.networks()) {
      long[] r = Policies.Network.range(n.cidr());
      nets.add(new long[] {r[0], r[1], n.schoolId()});
    }
    nets.sort((a, b) -> Long.compare(b[1], a[1]));
    this.networks = nets.toArray(long[][]::new);
  }

  public CompiledLists lists() {
    return lists;
  }

  public Policies policies() {
    return policies;
  }

  private Step[] chain(Long school, Long classId) {
    List<Step> steps = new ArrayList<>();
    Layer territory = policies.territory();
    for (Rule r : territory.rules()) {
      if (r.locked()) {
        steps.add(step("territory", steps.size() + 1, r));
      }
    }
    Layer classLayer = classId == null ? null : policies.classes().get(classId);
    Layer schoolLayer = school == null ? null : policies.schools().get(school);
    // A whitelist-only level takes no allow rule from above unless it says so (Layer).
    boolean schoolAllows = classLayer == null || !classLayer.refusesAllowsFromAbove();
    boolean territoryAllows =
        schoolAllows && (schoolLayer == null || !schoolLayer.refusesAllowsFromAbove());
    if (classLayer != null) {
      for (Rule r : classLayer.rules()) {
        steps.add(step(classLayer.scope(), steps.size() + 1, r));
      }
    }
    if (schoolLayer != null) {
      for (Rule r : schoolLayer.rules()) {
        if (schoolAllows || r.action() != Action.ALLOW) {
          steps.add(step(schoolLayer.scope(), steps.size() + 1, r));
        }
      }
    }
    for (Rule r : territory.rules()) {
      if (!r.locked() && (territoryAllows || r.action() != Action.ALLOW)) {
        steps.add(step("territory", steps.size() + 1, r));
      }
    }
    boolean whitelist = Boolean.TRUE.equals(territory.whitelistOnly());
    if (schoolLayer != null && schoolLayer.whitelistOnly() != null) {
      whitelist = schoolLayer.whitelistOnly();
    }
    if (classLayer != null && classLayer.whitelistOnly() != null) {
      whitelist = classLayer.whitelistOnly();
    }
    steps.add(new Step("default", 0, null, null, -1, -1, whitelist));
    return steps.toArray(Step[]::new);
  }

  private Step step(String scope, int number, Rule rule) {
    return new Step(
        scope,
        number,
        rule,
        rule.toString(),
        lists.category(rule.category()),
        policies.local().category(rule.category()),
        false);
  }

  /** The school of a client address, by the longest matching network, or null. */
  public Long schoolOf(String client) {
    if (client == null || networks.length == 0) {
      return null;
    }
    long ip = Policies.Network.ipv4(client);
    if (ip < 0) {
      return null;
    }
    for (long[] n : networks) {
      long mask = n[1] == 0 ? 0 : (0xffffffffL << (32 - n[1])) & 0xffffffffL;
      if ((ip & mask) == n[0]) {
        return n[2];
      }
    }
    return null;
  }

  /** The rule chain of a school and class (either may be null), in words, in order. */
  public List<String> chainOf(Long schoolId, Long classId) {
    List<String> out = new ArrayList<>();
    Step[] chain = chainFor(schoolId, classId);
    boolean exemptionsShown = false;
    for (Step s : chain) {
      if (!exemptionsShown && classId != null && (s.rule() == null || !s.rule().locked())) {
        out.add("exemptions of class:" + classId);
        exemptionsShown = true;
      }
      out.add(
          s.rule() == null
              ? "default " + (s.whitelistDefault() ? "block (whitelist only)" : "allow")
              : s.scope() + " " + s.rule());
    }
    return out;
  }

  private Step[] chainFor(Long schoolId, Long classId) {
    if (classId != null) {
      Step[] c = classChains.get(classId);
      if (c != null) {
        return c;
      }
    }
    if (schoolId != null) {
      Step[] s = schoolChains.get(schoolId);
      if (s != null) {
        return s;
      }
    }
    return territoryChain;
  }

  public Decision decide(Request request) {
    Long classId = request.classId();
    Long schoolId = request.schoolId();
    if (schoolId == null && classId != null) {
      schoolId = policies.classSchool().get(classId);
    }
    if (schoolId == null) {
      schoolId = schoolOf(request.client());
    }
    String url = request.url() == null ? null : request.url().strip();
    RequestUrl parsed = RequestUrl.parse(url);
    if (!parsed.valid()) {
      // Fail closed: what cannot be read cannot be checked against the lists.
      return new Decision(
          false,
          0,
          INVALID,
          "unparseable request: " + parsed.problem(),
          null,
          null,
          schoolId,
          classId);
    }
    String host = parsed.host();
    CompiledLists local = policies.local();
    String urlHost = null;
    String path = null;
    if (lists.hasUrls() || local.hasUrls()) {
      urlHost = parsed.urlHost();
      path = parsed.path();
    }
    String lower =
        lists.hasExpressions() || local.hasExpressions() ? url.toLowerCase(Locale.ROOT) : null;
    Matches matches = new Matches();
    lists.match(host, urlHost, path, lower, matches, SHARED);
    if (local.domainCount() > 0 || local.hasUrls() || local.hasExpressions()) {
      local.match(host, urlHost, path, lower, matches, LOCAL);
    }
    LocalDateTime time = null;
    Step[] chain = chainFor(schoolId, classId);
    boolean exemptionsDone = classId == null;
    for (Step step : chain) {
      if (!exemptionsDone && (step.rule() == null || !step.rule().locked())) {
        exemptionsDone = true;
        Decision d = exemption(classId, schoolId, host, request);
        if (d != null) {
          return d;
        }
      }
      Rule rule = step.rule();
      if (rule == null) {
        boolean allowed = !step.whitelistDefault();
        return new Decision(
            allowed,
            0,
            "default",
            allowed ? "allow" : "whitelist only",
            null,
            null,
            schoolId,
            classId);
      }
      if (rule.window() != null) {
        if (time == null) {
          time = LocalDateTime.ofInstant(request.time(), policies.zone());
        }
        if (!rule.window().contains(time)) {
          continue;
        }
      }
      if (Rule.ANY.equals(rule.category())) {
        return decision(step, null, schoolId, classId);
      }
      int hit = matches.find(SHARED, step.shared(), lists.sets());
      if (hit >= 0) {
        return decision(step, matches.describe(hit, lists), schoolId, classId);
      }
      hit = matches.find(LOCAL, step.local(), local.sets());
      if (hit >= 0) {
        return decision(step, matches.describe(hit, local), schoolId, classId);
      }
    }
    throw new IllegalStateException("A chain always ends with its default");
  }

  private Decision exemption(Long classId, Long schoolId, String host, Request request) {
    List<Exemption> list = exemptionsByClass.get(classId);
    if (list == null || host == null) {
      return null;
    }
    for (Exemption x : list) {
      if (request.time().isBefore(x.expires()) && coveredBy(host, x.domain())) {
        return new Decision(
            true,
            0,
            "exemption:" + x.id(),
            "allow " + x.domain() + " until " + x.expires(),
            null,
            "domain " + x.domain(),
            schoolId,
            classId);
      }
    }
    return null;
  }

  /** Whether a host is the domain or one of its subdomains. */
  public static boolean coveredBy(String host, String domain) {
    return host.equals(domain)
        || (host.endsWith(domain)
            && host.length() > domain.length()
            && host.charAt(host.length() - domain.length() - 1) == '.');
  }

  private Decision decision(Step step, String matched, Long schoolId, Long classId) {
    Rule rule = step.rule();
    return new Decision(
        rule.action() == Action.ALLOW,
        step.number(),
        step.scope(),
        step.ruleText(),
        Rule.ANY.equals(rule.category()) ? null : rule.category(),
        matched,
        schoolId,
        classId);
  }
}
