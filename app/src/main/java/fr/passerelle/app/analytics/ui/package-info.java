/**
 * The analytics views: the territory's map and charts, a commune's and a school's printable
 * reports, their tables and CSV files.
 */
@NullMarked
package fr.passerelle.app.analytics.ui;

import org.jspecify.annotations.NullMarked;
