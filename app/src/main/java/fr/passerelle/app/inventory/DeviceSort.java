package fr.passerelle.app.inventory;

/** A sortable column of the inventory list. */
public enum DeviceSort {
  NAME("d.name"),
  SCHOOL("s.name"),
  KIND("d.kind"),
  STATE("d.state"),
  PURCHASE_DATE("d.purchase_date"),
  WARRANTY_END("d.warranty_end");

  private final String column;

  DeviceSort(String column) {
    this.column = column;
  }

  /** The SQL column, from this fixed list only (never from the request). */
  public String column() {
    return column;
  }
}
