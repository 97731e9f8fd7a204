package fr.passerelle.app.townhall;

import java.time.LocalDate;

/** How many meals a school's canteen serves on a day, from the latest registrations. */
public record MealCount(long schoolId, String schoolName, LocalDate day, int meals) {}
