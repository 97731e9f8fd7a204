package fr.passerelle.app.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import fr.passerelle.app.shell.MainLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A real HTML table (caption, column headers, row headers) that sorts on a header's button, says
 * how it is sorted with {@code aria-sort} and announces it. Wrapped in a focusable region so that a
 * wide table scrolls with the keyboard.
 */
final class SortableTable<T> extends Div {

  record Column<T>(
      String header, Function<T, Component> cell, Comparator<T> order, boolean rowHeader) {}

  private final NativeTable table = new NativeTable();
  private final List<Column<T>> columns;
  private final List<T> rows;
  private final List<NativeTableHeaderCell> headers = new ArrayList<>();
  private int sortedBy = -1;
  private boolean ascending = true;

  SortableTable(String caption, List<Column<T>> columns, List<T> rows) {
    this.columns = columns;
    this.rows = new ArrayList<>(rows);
    addClassName("table-region");
    getElement().setAttribute("role", "region");
    getElement().setAttribute("aria-label", caption);
    getElement().setAttribute("tabindex", "0");
    table.addClassName("figures-table");
    table.setCaptionText(caption);
    NativeTableRow head = table.getHead().addRow();
    for (int i = 0; i < columns.size(); i++) {
      int index = i;
      NativeTableHeaderCell th = head.addHeaderCell();
      th.getElement().setAttribute("scope", "col");
      NativeButton sort = new NativeButton(columns.get(i).header(), e -> sortBy(index));
      sort.addClassName("sort");
      th.add(sort);
      headers.add(th);
    }
    fill();
    add(table);
  }

  private void sortBy(int index) {
    ascending = sortedBy != index || !ascending;
    sortedBy = index;
    Comparator<T> order = columns.get(index).order();
    rows.sort(ascending ? order : order.reversed());
    for (int i = 0; i < headers.size(); i++) {
      if (i == index) {
        headers
            .get(i)
            .getElement()
            .setAttribute("aria-sort", ascending ? "ascending" : "descending");
      } else {
        headers.get(i).getElement().removeAttribute("aria-sort");
      }
    }
    fill();
    MainLayout.announce(
        this,
        getTranslation(
            ascending ? "analytics.sorted.ascending" : "analytics.sorted.descending",
            columns.get(index).header()));
  }

  private void fill() {
    table.getBody().removeAllRows();
    for (T row : rows) {
      NativeTableRow tr = table.getBody().addRow();
      for (Column<T> column : columns) {
        if (column.rowHeader()) {
          NativeTableHeaderCell th = tr.addHeaderCell();
          th.getElement().setAttribute("scope", "row");
          th.add(column.cell().apply(row));
        } else {
          NativeTableCell td = tr.addDataCell();
          td.add(column.cell().apply(row));
        }
      }
    }
  }
}
