/**
 * Shared web filtering: category list versions, local lists, policies for the territory, schools
 * and classes, teachers' exception requests, the "test a URL" tool, the block page, the decision
 * API for proxies and the exports. The engine itself is the {@code passerelle-filtering} library.
 */
@ApplicationModule(
    allowedDependencies = {
      "analytics",
      "audit",
      "demo",
      "identity",
      "platform",
      "shell",
      "support",
      "territory"
    })
@NullMarked
package fr.passerelle.app.filtering;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
