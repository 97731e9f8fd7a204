/**
 * Town hall e-administration: the commune's canteen menus (dishes, the 14 regulated allergens, a
 * vegetarian option, pictograms for non-readers), the canteen registrations parents make before the
 * commune's deadline, the meal cancelled for a school outing ({@link
 * fr.passerelle.app.townhall.CanteenService}), and the commune's life: its information pages for
 * families and its schools' after-school activities and care ({@link
 * fr.passerelle.app.townhall.CommuneLifeService}, the "Vie scolaire" page). Both services check
 * role and scope in every method through {@code territory.Scope}. Listens to {@link
 * fr.passerelle.app.outings.OutingAnnounced}; publishes {@link fr.passerelle.app.family.FamilyNews}
 * to the families it offers to cancel a meal.
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {
      "demo",
      "family",
      "identity",
      "outings",
      "platform",
      "shell",
      "speech :: ui",
      "support",
      "territory"
    })
package fr.passerelle.app.townhall;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
