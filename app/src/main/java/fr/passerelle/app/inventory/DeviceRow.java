package fr.passerelle.app.inventory;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One line of the inventory list. */
public record DeviceRow(
    long id,
    long schoolId,
    String schoolName,
    String communeName,
    DeviceKind kind,
    @Nullable AssistiveKind assistiveKind,
    String name,
    @Nullable String room,
    @Nullable String serial,
    @Nullable String model,
    DeviceState state,
    @Nullable LocalDate purchaseDate,
    @Nullable LocalDate warrantyEnd) {}
