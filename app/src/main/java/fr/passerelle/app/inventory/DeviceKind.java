package fr.passerelle.app.inventory;

/** What a device is. */
public enum DeviceKind {
  COMPUTER,
  PRINTER,
  NETWORK,
  INTERNET_ACCESS,
  TABLET,
  INTERACTIVE_BOARD,
  ASSISTIVE
}
