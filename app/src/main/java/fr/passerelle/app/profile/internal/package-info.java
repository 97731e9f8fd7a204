/** The stored profiles: one row per account, written only by {@code ProfileService}. */
@NullMarked
package fr.passerelle.app.profile.internal;

import org.jspecify.annotations.NullMarked;
