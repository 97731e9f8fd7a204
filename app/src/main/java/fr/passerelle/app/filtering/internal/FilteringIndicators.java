package fr.passerelle.app.filtering.internal;

import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.IndicatorKind;
import fr.passerelle.app.analytics.IndicatorSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Blocked requests of the last 30 days for territory analytics, from the decision API's counts
 * ({@link DecisionCounts}; documented in docs/analytics.md): in all, as a share of the decisions,
 * and per group of UT1 categories.
 */
@Component
public class FilteringIndicators implements IndicatorSource {

  /** The groups of categories shown, each an indicator; any other category is "other". */
  static final List<Group> GROUPS =
      List.of(
          new Group("blockedAdult", List.of("adult", "mixed_adult", "lingerie", "dating")),
          new Group(
              "blockedSecurity",
              List.of("malware", "phishing", "cryptojacking", "ddos", "hacking", "warez")),
          new Group("blockedSocial", List.of("social_networks", "chat", "forums")),
          new Group("blockedGames", List.of("games", "gambling")));

  /** An indicator counting the blocked requests of these categories. */
  record Group(String key, List<String> categories) {}

  private static final String LAST_30_DAYS = " where decided_on > current_date - 30";

  @Override
  public int order() {
    return 70;
  }

  @Override
  public List<Indicator> indicators() {
    List<Indicator> all = new ArrayList<>();
    all.add(blocked("blockedRequests", ""));
    all.add(
        new Indicator(
            "blockedShare",
            IndicatorKind.SHARE,
            false,
            "select school_id, sum(blocked), sum(allowed + blocked) from filtering_decision_count"
                + LAST_30_DAYS
                + " group by school_id"));
    for (Group g : GROUPS) {
      all.add(blocked(g.key(), " and category in (" + quoted(g.categories().stream()) + ")"));
    }
    all.add(
        blocked(
            "blockedOther",
            " and category not in ("
                + quoted(GROUPS.stream().flatMap(g -> g.categories().stream()))
                + ")"));
    return all;
  }

  private static Indicator blocked(String key, String condition) {
    return new Indicator(
        key,
        IndicatorKind.COUNT,
        false,
        "select school_id, sum(blocked), 0 from filtering_decision_count"
            + LAST_30_DAYS
            + condition
            + " group by school_id");
  }

  private static String quoted(Stream<String> categories) {
    return categories.map(c -> "'" + c + "'").collect(Collectors.joining(", "));
  }
}
