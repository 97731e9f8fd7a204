package fr.passerelle.app.skills.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * A plain HTML table (caption, column headers, the first cell of each row as its header), in a
 * region that takes the focus so that a wide table scrolls with the keyboard.
 */
final class SkillTable extends Div {

  SkillTable(String id, String caption, List<String> headers, List<List<String>> rows) {
    setId(id);
    addClassName("table-region");
    getElement().setAttribute("role", "region");
    getElement().setAttribute("aria-label", caption);
    getElement().setAttribute("tabindex", "0");
    NativeTable table = new NativeTable();
    table.addClassName("skills-table");
    table.setCaptionText(caption);
    NativeTableRow head = table.getHead().addRow();
    for (String header : headers) {
      NativeTableHeaderCell th = head.addHeaderCell();
      th.getElement().setAttribute("scope", "col");
      th.setText(header);
    }
    for (List<String> row : rows) {
      NativeTableRow tr = table.getBody().addRow();
      NativeTableHeaderCell first = tr.addHeaderCell();
      first.getElement().setAttribute("scope", "row");
      first.setText(row.getFirst());
      row.stream().skip(1).forEach(cell -> tr.addDataCell().setText(cell));
    }
    add(table);
  }
}
