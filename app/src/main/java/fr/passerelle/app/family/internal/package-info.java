/** The family module's tables (plain SQL), the outbox listener, the mailer and demo data. */
@NullMarked
package fr.passerelle.app.family.internal;

import org.jspecify.annotations.NullMarked;
