package fr.passerelle.filtering;

import java.util.List;

/**
 * The rules of one level: the territory ({@code territory}), a school ({@code school:12}) or a
 * class ({@code class:5}), in their order. {@code whitelistOnly} null means "as the level above".
 */
public record Layer(String scope, Boolean whitelistOnly, List<Rule> rules) {

  public Layer {
    rules = List.copyOf(rules);
  }
}
