/**
 * Town hall e-administration: the commune's canteen menus (dishes, the 14 regulated allergens, a
 * vegetarian option, pictograms for non-readers), the canteen registrations parents make before the
 * commune's deadline, the meal cancelled for a school outing, after-school activities and care, and
 * school-life pages. {@link fr.passerelle.app.townhall.CanteenService} and {@link
 * fr.passerelle.app.townhall.SchoolLifeService} check role and scope in every method. Listens to
 * {@link fr.passerelle.app.outings.OutingAnnounced}; publishes {@link
 * fr.passerelle.app.family.FamilyNews} to the families it offers to cancel a meal.
 */
@NullMarked
package fr.passerelle.app.townhall;

import org.jspecify.annotations.NullMarked;
