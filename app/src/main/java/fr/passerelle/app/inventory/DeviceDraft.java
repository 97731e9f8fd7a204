package fr.passerelle.app.inventory;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a person types to create or edit a device. A printer's page counters and consumables are
 * kept only for printers (an import usually fills them in).
 */
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
    DeviceState state,
    @Nullable Long pageCount,
    @Nullable Long pageCountColor,
    @Nullable String consumables) {

  /** A draft without printer counters. */
  public DeviceDraft(
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
      DeviceState state) {
    this(
        schoolId,
        kind,
        assistiveKind,
        name,
        room,
        serial,
        manufacturer,
        model,
        purchaseDate,
        warrantyEnd,
        supplier,
        state,
        null,
        null,
        null);
  }
}
