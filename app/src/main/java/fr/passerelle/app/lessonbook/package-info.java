/**
 * Class life and learning: the lesson book (cahier de textes) — what was done in class and the work
 * to do, for a whole class or some of its pupils, with files and an easy-to-read version — and the
 * pupils' "done" marks. {@link fr.passerelle.app.lessonbook.LessonBookService} checks role and
 * scope in every method.
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {
      "analytics",
      "demo",
      "identity",
      "platform",
      "profile",
      "reading",
      "reading::ui",
      "shell",
      "speech",
      "speech::ui",
      "support",
      "territory"
    })
package fr.passerelle.app.lessonbook;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
