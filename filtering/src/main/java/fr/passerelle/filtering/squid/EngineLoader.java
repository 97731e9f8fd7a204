package fr.passerelle.filtering.squid;

import fr.passerelle.filtering.Action;
import fr.passerelle.filtering.CompiledLists;
import fr.passerelle.filtering.Engine;
import fr.passerelle.filtering.Layer;
import fr.passerelle.filtering.Policies;
import fr.passerelle.filtering.PolicyFile;
import fr.passerelle.filtering.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an engine from files: a compiled snapshot ({@code --snapshot}) or a UT1 folder or archive
 * ({@code --lists}), and a policy file ({@code --policy}) or, without one, a territory policy
 * blocking the categories named by {@code --block a,b,c}.
 */
final class EngineLoader {

  private final Path snapshot;
  private final Path lists;
  private final Path policy;
  private final String block;
  private final int expected;

  EngineLoader(Options o) {
    this.snapshot = o.get("snapshot") == null ? null : Path.of(o.get("snapshot"));
    this.lists = o.get("lists") == null ? null : Path.of(o.get("lists"));
    this.policy = o.get("policy") == null ? null : Path.of(o.get("policy"));
    this.block = o.get("block", "");
    // A hint only: the tables grow with the lists read.
    this.expected = Integer.parseInt(o.get("expected-domains", "0"));
    if (snapshot == null && lists == null) {
      throw new IllegalArgumentException("Give --snapshot FILE or --lists FOLDER|ARCHIVE");
    }
  }

  CompiledLists loadLists() throws IOException {
    if (snapshot != null) {
      return CompiledLists.load(snapshot);
    }
    return CompiledLists.compile(lists, expected);
  }

  Policies loadPolicies() throws IOException {
    if (policy != null) {
      return PolicyFile.read(Files.readString(policy));
    }
    List<Rule> rules = new ArrayList<>();
    for (String c : block.split(",")) {
      if (!c.isBlank()) {
        rules.add(new Rule(Action.BLOCK, c.strip(), null, true));
      }
    }
    return Policies.territoryOnly(new Layer("territory", false, rules));
  }

  Engine load() throws IOException {
    return new Engine(loadLists(), loadPolicies());
  }

  /** A fingerprint of the files' modification times, to notice a new export. */
  long stamp() {
    long s = 0;
    for (Path p : new Path[] {snapshot, lists, policy}) {
      if (p != null) {
        try {
          s = s * 31 + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
          s = s * 31;
        }
      }
    }
    return s;
  }
}
