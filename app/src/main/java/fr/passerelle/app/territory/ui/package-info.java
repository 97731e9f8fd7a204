/**
 * The territory's own views (a class, a pupil, a school, the schools of the territory) and what the
 * role homes show of it: the cards and the addresses of these views ({@link
 * fr.passerelle.app.territory.ui.TerritoryCards}, {@link
 * fr.passerelle.app.territory.ui.TerritoryRoutes}).
 */
@NullMarked
@NamedInterface("ui")
package fr.passerelle.app.territory.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
