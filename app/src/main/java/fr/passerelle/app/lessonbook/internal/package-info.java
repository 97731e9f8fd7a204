/** The lesson book's tables (plain SQL), demo data and analytics indicator. */
@NullMarked
package fr.passerelle.app.lessonbook.internal;

import org.jspecify.annotations.NullMarked;
