package fr.passerelle.app.inventory;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a person types to create or edit a device. */
public record DeviceDraft(
    long schoolId,
    DeviceKind kind,
    @Nullable AssistiveKind assistiveKind,
    String name,
    @Nullable String room,
    @Nullable String serial,
    @Nullable String manufacturer,
    @Nullable String model,
    @Nullable LocalDate purchaseDate,
    @Nullable LocalDate warrantyEnd,
    @Nullable String supplier,
    DeviceState state) {}
