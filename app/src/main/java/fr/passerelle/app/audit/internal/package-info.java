/** The audit log's table and its repository; only {@code AuditLog} uses them. */
@NullMarked
package fr.passerelle.app.audit.internal;

import org.jspecify.annotations.NullMarked;
