package fr.passerelle.app.inventory;

import org.jspecify.annotations.Nullable;

/**
 * The equipment of one commune's schools at a glance: devices in use per pupil, mean age of the
 * park in years (of the devices with a purchase date), open tickets, mean hours from report to
 * solution.
 */
public record CommuneFigures(
    long communeId,
    String communeName,
    int devices,
    int pupils,
    @Nullable Double devicesPerPupil,
    @Nullable Double meanAgeYears,
    int openTickets,
    @Nullable Double meanHoursToResolve) {}
