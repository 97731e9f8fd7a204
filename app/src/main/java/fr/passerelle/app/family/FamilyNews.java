package fr.passerelle.app.family;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Something a child's parents should hear about by e-mail (a notice in the liaison book, an outing
 * to authorise, an absence to justify, a canteen registration closing). Features publish it as an
 * application event after their own write; the family module sends it at once or in the daily
 * digest, as each parent chose, and only to parents still allowed to see the child.
 *
 * @param pupilId the child it is about
 * @param parentIds the parents it is for; empty means every guardian of the child
 * @param kind the feature, as a bundle key suffix: {@code family.kind.<kind>} names it in mails
 * @param subjectKey a bundle key for the subject line, formatted with {@code subjectArgs}
 * @param body plain text, mailed only to parents who allow content in their e-mails
 * @param route the page that shows it, relative to the application's address (no id in clear that
 *     would help a stranger: the page checks the reader anyway)
 */
public record FamilyNews(
    long pupilId,
    Set<Long> parentIds,
    String kind,
    String subjectKey,
    List<String> subjectArgs,
    String body,
    String route,
    Instant at) {

  public FamilyNews {
    parentIds = Set.copyOf(parentIds);
    subjectArgs = List.copyOf(subjectArgs);
  }
}
