package fr.passerelle.app.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One device with everything known about it, its history and its loans. */
public record DeviceDetails(
    DeviceRow row,
    @Nullable String manufacturer,
    @Nullable String supplier,
    @Nullable String os,
    @Nullable String cpu,
    @Nullable Integer memoryMb,
    @Nullable Integer storageGb,
    @Nullable String ipAddress,
    @Nullable String macAddress,
    @Nullable Long pageCount,
    @Nullable Long pageCountColor,
    @Nullable String consumables,
    List<Change> history,
    List<Loan> loans) {

  /** One change of one field. */
  public record Change(
      Instant at, String by, String field, @Nullable String oldValue, @Nullable String newValue) {}

  /** A loan to a pupil; {@code returnedAt} is null while lent. */
  public record Loan(
      long pupilId,
      String pupilName,
      Instant lentAt,
      String lentBy,
      @Nullable Instant returnedAt) {}

  /** The end of the warranty, if known. */
  public @Nullable LocalDate warrantyEnd() {
    return row.warrantyEnd();
  }
}
