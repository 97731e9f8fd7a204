package fr.passerelle.app.filtering.internal;

import fr.passerelle.app.filtering.ExceptionRequest;
import fr.passerelle.app.filtering.Explanation;
import fr.passerelle.app.filtering.FilteringException;
import fr.passerelle.app.filtering.ListChange;
import fr.passerelle.app.filtering.PolicyScope;
import fr.passerelle.app.filtering.RuleLine;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.filtering.CompiledLists;
import fr.passerelle.filtering.Decision;
import fr.passerelle.filtering.Engine;
import fr.passerelle.filtering.EngineHolder;
import fr.passerelle.filtering.Exemption;
import fr.passerelle.filtering.Hosts;
import fr.passerelle.filtering.Layer;
import fr.passerelle.filtering.ListProblem;
import fr.passerelle.filtering.Policies;
import fr.passerelle.filtering.PolicyFile;
import fr.passerelle.filtering.Request;
import fr.passerelle.filtering.Rule;
import fr.passerelle.filtering.TimeWindow;
import fr.passerelle.filtering.Ut1Reader;
import fr.passerelle.media.live.Signal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine in service and its files. Lists are compiled at import (and saved as a snapshot per
 * version); policies, local lists and exceptions are rebuilt from the database after each change
 * commits, and the new engine is swapped in atomically. The files a proxy needs are written to
 * {@code <data-dir>/export}: {@code lists.snapshot} and {@code policy.txt}, which the Squid helper
 * reloads. Several nodes: a change made on one is told to the others on the live channel (ids
 * only), and each rebuilds its engine from the database; a new lists version is loaded from the
 * data folder, which the nodes share.
 */
@Component
public class FilteringRuntime {

  private static final Logger LOG = LoggerFactory.getLogger(FilteringRuntime.class);
  public static final String LOCAL_ALLOW = "local-allow";
  public static final String LOCAL_BLOCK = "local-block";

  /** Filtering changed on some node: its policies, or its lists (the subject is the version). */
  static final String TOPIC = Signal.topic("filtering", "engine", 0);

  static final String POLICIES = "POLICIES";
  static final String LISTS = "LISTS";

  private final FilteringStore store;
  private final SchoolTime time;
  private final TransactionTemplate transactions;
  private final Path dataDir;
  private final boolean demoData;
  private final LiveSignals live;
  private final EngineHolder holder;
  private volatile CompiledLists lists = CompiledLists.empty();
  private volatile long listsVersion;

  FilteringRuntime(
      FilteringStore store,
      SchoolTime time,
      LiveSignals live,
      TransactionTemplate transactions,
      @Value("${passerelle.filtering.data-dir:./data/filtering}") Path dataDir,
      @Value("${passerelle.demo-data:false}") boolean demoData) {
    this.store = store;
    this.time = time;
    this.live = live;
    this.transactions = transactions;
    this.dataDir = dataDir;
    this.demoData = demoData;
    this.holder =
        new EngineHolder(
            new Engine(lists, Policies.territoryOnly(new Layer("territory", false, List.of()))));
  }

  public Engine engine() {
    return holder.get();
  }

  public CompiledLists lists() {
    return lists;
  }

  public Path exportDir() {
    return dataDir.resolve("export");
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    var latest = store.latestVersion();
    Path snapshot = latest.map(v -> versionFile(v.id())).orElse(null);
    try {
      if (snapshot != null && Files.exists(snapshot)) {
        lists = CompiledLists.load(snapshot);
        listsVersion = latest.get().id();
      } else if (demoData && (latest.isEmpty() || latest.get().source().equals(DEMO_SOURCE))) {
        CompiledLists demo = demoLists();
        if (latest.isEmpty()) {
          listsVersion =
              transactions.execute(
                  t -> record(demo, DEMO_SOURCE, "système", CompiledLists.empty()));
        } else {
          save(demo, latest.get().id());
          listsVersion = latest.get().id();
        }
        lists = demo;
      } else if (latest.isPresent()) {
        LOG.warn("Filtering lists snapshot {} is missing: no list in service", snapshot);
      }
    } catch (IOException e) {
      LOG.error("Filtering lists could not be loaded", e);
    }
    rebuild();
    live.subscribe(TOPIC, this::heard);
  }

  /** Another node (or this one) changed filtering: load its lists if new, rebuild the engine. */
  void heard(Signal signal) {
    long version = signal.subjectId();
    if (LISTS.equals(signal.kind()) && version != listsVersion) {
      try {
        Path file = versionFile(version);
        if (Files.exists(file)) {
          lists = CompiledLists.load(file);
          listsVersion = version;
        } else {
          LOG.warn("Filtering lists version {} not found in {}: not shared", version, file);
        }
      } catch (IOException e) {
        LOG.error("Filtering lists version {} could not be loaded", version, e);
      }
    }
    rebuild();
  }

  static final String DEMO_SOURCE = "démonstration";

  /** The small demo lists shipped with the application (UT1 category names). */
  static CompiledLists demoLists() throws IOException {
    CompiledLists.Builder builder = new CompiledLists.Builder(256);
    Map<String, StringBuilder> files = new LinkedHashMap<>();
    try (InputStream in = FilteringRuntime.class.getResourceAsStream("/filtering/demo-lists.txt")) {
      if (in == null) {
        return builder.build();
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] t = line.strip().split("\\s+", 3);
        if (t.length == 3 && !t[0].startsWith("#")) {
          files
              .computeIfAbsent(t[0] + "/" + t[1], k -> new StringBuilder())
              .append(t[2])
              .append('\n');
        }
      }
    }
    for (Map.Entry<String, StringBuilder> f : files.entrySet()) {
      String[] key = f.getKey().split("/");
      Ut1Reader.readFile(
          key[0],
          key[1],
          f.getKey(),
          new ByteArrayInputStream(f.getValue().toString().getBytes(StandardCharsets.UTF_8)),
          builder);
    }
    return builder.build();
  }

  /**
   * Reads a UT1 folder or archive, records the version with what changed and what was skipped,
   * saves its snapshot and puts it in service. Runs in the caller's transaction.
   */
  public long importLists(Path source, String by) throws IOException {
    return importFrom(b -> Ut1Reader.read(source, b), source.getFileName().toString(), by);
  }

  /**
   * Reads a UT1 {@code .tar.gz} archive sent by the administrator, as {@link #importLists}. An
   * archive without any list file is refused: it would empty every category.
   */
  public long importArchive(InputStream archive, String source, String by) throws IOException {
    return importFrom(b -> Ut1Reader.readTarGz(archive, b), source, by);
  }

  /** Reads lists into a builder. */
  @FunctionalInterface
  private interface ListSource {
    void readInto(CompiledLists.Builder builder) throws IOException;
  }

  private long importFrom(ListSource source, String name, String by) throws IOException {
    CompiledLists.Builder builder = new CompiledLists.Builder(1 << 20);
    source.readInto(builder);
    CompiledLists compiled = builder.build();
    if (compiled.categories().isEmpty()) {
      throw new FilteringException("filtering.error.noList");
    }
    long id = record(compiled, name, by, lists);
    CompiledLists next = compiled;
    afterCommit(
        () -> {
          lists = next;
          listsVersion = id;
          rebuild();
        });
    // After the line above: at commit this node takes the new lists first, then hears its signal.
    live.publish(TOPIC, LISTS, id);
    return id;
  }

  private long record(CompiledLists compiled, String source, String by, CompiledLists previous) {
    long id =
        store.addVersion(
            time.now(),
            by,
            source,
            compiled.categories().size(),
            compiled.domainCount(),
            compiled.urlCount(),
            compiled.expressionCount(),
            (int) Math.min(Integer.MAX_VALUE, compiled.problemCount()));
    for (ListChange change : diff(previous, compiled)) {
      store.addChange(id, change);
    }
    int position = 0;
    for (ListProblem p : compiled.problems()) {
      if (position >= 200) {
        break;
      }
      store.addProblem(id, position++, p);
    }
    try {
      save(compiled, id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return id;
  }

  private void save(CompiledLists compiled, long version) throws IOException {
    Path file = versionFile(version);
    Files.createDirectories(file.getParent());
    compiled.save(file);
    Files.createDirectories(exportDir());
    Path tmp = exportDir().resolve("lists.snapshot.tmp");
    Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
    Files.move(
        tmp,
        exportDir().resolve("lists.snapshot"),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  private Path versionFile(long version) {
    return dataDir.resolve("versions").resolve(version + ".snapshot");
  }

  /** Per category, what was added and removed (counts and a few examples). */
  static List<ListChange> diff(CompiledLists before, CompiledLists after) {
    Set<String> categories = new TreeSet<>(before.categories());
    categories.addAll(after.categories());
    List<ListChange> changes = new ArrayList<>();
    for (String category : categories) {
      int[] added = {0};
      int[] removed = {0};
      StringJoiner addedExamples = new StringJoiner(" ");
      StringJoiner removedExamples = new StringJoiner(" ");
      compare(after, before, category, added, addedExamples);
      compare(before, after, category, removed, removedExamples);
      if (added[0] > 0 || removed[0] > 0) {
        changes.add(
            new ListChange(
                category,
                added[0],
                removed[0],
                addedExamples.toString(),
                removedExamples.toString()));
      }
    }
    return changes;
  }

  /** Counts the entries of a category in {@code a} missing from it in {@code b}. */
  private static void compare(
      CompiledLists a, CompiledLists b, String category, int[] count, StringJoiner examples) {
    int ca = a.category(category);
    if (ca < 0) {
      return;
    }
    int cb = b.category(category);
    a.forEachDomain(
        ca,
        d -> {
          int e = cb < 0 ? -1 : b.domains().find(d);
          if (e < 0 || !b.sets().contains(b.domains().setOf(e), cb)) {
            if (count[0]++ < 5) {
              examples.add(d);
            }
          }
        });
    Set<String> bUrls = new HashSet<>();
    if (cb >= 0) {
      b.forEachUrl(cb, bUrls::add);
    }
    a.forEachUrl(
        ca,
        u -> {
          if (!bUrls.contains(u) && count[0]++ < 5) {
            examples.add(u);
          }
        });
  }

  /**
   * Rebuilds the policies once the current transaction commits (at once without one), here and, by
   * the live channel, on the other nodes.
   */
  public void policiesChanged() {
    live.publish(TOPIC, POLICIES, 0);
    afterCommit(this::rebuild);
  }

  private void afterCommit(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              action.run();
            }
          });
    } else {
      action.run();
    }
  }

  /** Builds the policies from the database and swaps a new engine in. */
  public synchronized void rebuild() {
    Policies policies = transactions.execute(t -> policies());
    holder.swap(new Engine(lists, policies));
    try {
      Files.createDirectories(exportDir());
      StringWriter text = new StringWriter();
      PolicyFile.write(policies, text);
      Path tmp = exportDir().resolve("policy.txt.tmp");
      Files.writeString(tmp, text.toString());
      Files.move(
          tmp,
          exportDir().resolve("policy.txt"),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.warn("Filtering policy export not written: {}", e.toString());
    }
  }

  Policies policies() {
    Layer territory = new Layer("territory", false, List.of());
    Map<Long, Layer> schools = new HashMap<>();
    Map<Long, Layer> classes = new HashMap<>();
    Map<Long, Long> classSchool = new HashMap<>();
    for (FilteringStore.PolicyRow row : store.policies()) {
      PolicyScope scope = new PolicyScope(row.kind(), row.schoolId(), row.classId());
      List<Rule> rules = new ArrayList<>();
      for (RuleLine r : store.rules(row.id())) {
        rules.add(
            new Rule(
                r.action(),
                r.category(),
                r.window() == null || r.window().isBlank() ? null : TimeWindow.parse(r.window()),
                r.locked() && row.kind() == PolicyScope.Kind.TERRITORY));
      }
      Layer layer = new Layer(scope.engineName(), row.whitelistOnly(), rules, row.inheritAllows());
      switch (row.kind()) {
        case TERRITORY -> territory = layer;
        case SCHOOL -> schools.put(row.schoolId(), layer);
        case CLASS -> {
          classes.put(row.classId(), layer);
          classSchool.put(row.classId(), row.schoolId());
        }
      }
    }
    List<Exemption> exemptions = new ArrayList<>();
    for (ExceptionRequest x : store.approvedUntilAfter(time.now())) {
      exemptions.add(new Exemption(x.id(), x.classId(), x.domain(), x.expiresAt()));
      classSchool.putIfAbsent(x.classId(), x.schoolId());
    }
    List<Policies.Network> networks = new ArrayList<>();
    for (String[] n : store.networks()) {
      networks.add(new Policies.Network(Long.parseLong(n[0]), n[1]));
    }
    CompiledLists.Builder local = new CompiledLists.Builder(64);
    local.category(LOCAL_ALLOW);
    local.category(LOCAL_BLOCK);
    for (var e : store.localEntries()) {
      if (e.kind().equals("DOMAIN")) {
        String d = Hosts.domain(e.entry());
        if (d != null) {
          local.domain(e.list(), d);
        }
      } else {
        String u = Hosts.urlKey(e.entry());
        if (u != null) {
          local.url(e.list(), u);
        }
      }
    }
    return new Policies(
        territory, schools, classes, classSchool, networks, exemptions, local.build(), time.zone());
  }

  /** The categories a rule may name: the lists', the local lists and {@code *}. */
  public List<String> categories() {
    Set<String> all = new LinkedHashSet<>();
    all.add(Rule.ANY);
    all.add(LOCAL_ALLOW);
    all.add(LOCAL_BLOCK);
    all.addAll(new TreeSet<>(lists.categories()));
    return List.copyOf(all);
  }

  /** The longest request the decision API and the test tool read (a longer one is refused). */
  public static final int MAX_URL = 4000;

  /**
   * The engine's explanation for a URL (scope already checked, or a trusted proxy). An address the
   * engine cannot read (no host, another scheme, a bad port or percent-encoding) is a block, scope
   * {@value Engine#INVALID}, with the engine's reason as its rule and no rule chain (none was
   * consulted): it fails closed. Only an empty or over-long address is refused.
   */
  public Explanation explain(
      String url,
      @Nullable String client,
      @Nullable Long schoolId,
      @Nullable Long classId,
      Instant time) {
    String trimmed = url.strip();
    if (trimmed.isEmpty() || trimmed.length() > MAX_URL) {
      throw new FilteringException("filtering.error.url");
    }
    Engine engine = holder.get();
    Decision d = engine.decide(new Request(client, schoolId, classId, trimmed, time));
    boolean unreadable = Engine.INVALID.equals(d.scope());
    return new Explanation(
        trimmed,
        d.allowed(),
        d.step(),
        d.scope(),
        d.rule(),
        d.category(),
        d.matched(),
        d.schoolId(),
        d.classId(),
        unreadable ? List.of() : engine.chainOf(d.schoolId(), classId));
  }

  public Instant now() {
    return time.now();
  }
}
