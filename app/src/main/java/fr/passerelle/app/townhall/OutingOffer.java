package fr.passerelle.app.townhall;

import java.time.LocalDate;

/**
 * A school outing on a day the child eats at the canteen: the parent may cancel that meal, even
 * after the deadline. {@code cancelled} once they did.
 */
public record OutingOffer(long outingId, LocalDate day, String title, boolean cancelled) {}
