package fr.passerelle.filtering;

import java.util.List;

/**
 * The rules of one level: the territory ({@code territory}), a school ({@code school:12}) or a
 * class ({@code class:5}), in their order. {@code whitelistOnly} null means "as the level above".
 *
 * <p>A level that says it is whitelist-only ({@code whitelistOnly} true: a nursery school, a class
 * of young pupils) takes no allow rule from the levels above it (their block rules and the
 * territory's locked rules still apply), unless {@code inheritAllows} says it does.
 */
public record Layer(String scope, Boolean whitelistOnly, List<Rule> rules, boolean inheritAllows) {

  public Layer {
    rules = List.copyOf(rules);
  }

  /** A level that does not take the allow rules of the levels above when it is whitelist-only. */
  public Layer(String scope, Boolean whitelistOnly, List<Rule> rules) {
    this(scope, whitelistOnly, rules, false);
  }

  /** Whether this level is whitelist-only and keeps the allow rules above it out. */
  boolean refusesAllowsFromAbove() {
    return Boolean.TRUE.equals(whitelistOnly) && !inheritAllows;
  }
}
