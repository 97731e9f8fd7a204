package fr.passerelle.app.inventory;

/** Where a device is in its life. */
public enum DeviceState {
  IN_SERVICE,
  IN_REPAIR,
  IN_STOCK,
  RETIRED
}
