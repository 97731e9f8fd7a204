package fr.passerelle.app.inventory;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the inventory list is narrowed to; a null field does not filter. {@code warrantyEndsBefore}
 * keeps the devices whose warranty ends on or before that day (and not yet long gone: from {@code
 * warrantyEndsAfter}).
 */
public record DeviceFilter(
    @Nullable Long communeId,
    @Nullable Long schoolId,
    @Nullable DeviceKind kind,
    @Nullable DeviceState state,
    @Nullable LocalDate warrantyEndsAfter,
    @Nullable LocalDate warrantyEndsBefore,
    @Nullable String text) {

  public static DeviceFilter none() {
    return new DeviceFilter(null, null, null, null, null, null, null);
  }

  public DeviceFilter inSchool(long school) {
    return new DeviceFilter(
        communeId, school, kind, state, warrantyEndsAfter, warrantyEndsBefore, text);
  }

  public DeviceFilter ofKind(@Nullable DeviceKind k) {
    return new DeviceFilter(
        communeId, schoolId, k, state, warrantyEndsAfter, warrantyEndsBefore, text);
  }
}
