/** Filtering's pages: lists, policies, unblock requests, the URL test and the block page. */
@NullMarked
package fr.passerelle.app.filtering.ui;

import org.jspecify.annotations.NullMarked;
