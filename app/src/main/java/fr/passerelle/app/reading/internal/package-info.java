/**
 * The stored easy-to-read versions, the demo's two versions and the reading indicators; used only
 * by {@code EasyReadService}'s transactions.
 */
@NullMarked
package fr.passerelle.app.reading.internal;

import org.jspecify.annotations.NullMarked;
