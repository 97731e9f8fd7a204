package fr.passerelle.app.visio.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.Downloads;
import fr.passerelle.app.visio.AttendanceCsv;
import fr.passerelle.app.visio.AttendanceLine;
import fr.passerelle.app.visio.VisioAttendance;
import java.util.List;

/**
 * A session's attendance for its teacher: who was there, from when to when and how long, as a table
 * and as a file for a spreadsheet.
 */
final class AttendanceSection extends Section {

  AttendanceSection(VisioAttendance attendance, SchoolTime time, long sessionId) {
    add(new H2(getTranslation("visio.attendance.heading")));
    addClassName("card");
    List<AttendanceLine> lines = attendance.attendance(sessionId);
    if (lines.isEmpty()) {
      add(new Paragraph(getTranslation("visio.attendance.none")));
      return;
    }
    List<String> headings =
        List.of(
            getTranslation("visio.attendance.name"),
            getTranslation("visio.attendance.joined"),
            getTranslation("visio.attendance.left"),
            getTranslation("visio.attendance.duration"));
    NativeTable table = new NativeTable();
    table.setId("visio-attendance");
    table.addClassName("visio-table");
    NativeTableHeader head = new NativeTableHeader();
    NativeTableRow headRow = new NativeTableRow();
    for (String heading : headings) {
      NativeTableHeaderCell cell = new NativeTableHeaderCell(heading);
      cell.getElement().setAttribute("scope", "col");
      headRow.add(cell);
    }
    head.add(headRow);
    table.add(head, body(lines, time.formats(getLocale())));
    Anchor csv =
        Downloads.csv(
            getTranslation("visio.attendance.csv"),
            "presence-visio-" + sessionId + ".csv",
            () -> AttendanceCsv.rows(attendance.attendance(sessionId), headings, time));
    csv.setId("visio-attendance-csv");
    add(table, csv);
  }

  private NativeTableBody body(List<AttendanceLine> lines, Formats formats) {
    NativeTableBody body = new NativeTableBody();
    for (AttendanceLine line : lines) {
      NativeTableRow row = new NativeTableRow();
      NativeTableHeaderCell name = new NativeTableHeaderCell(line.name());
      name.getElement().setAttribute("scope", "row");
      row.add(
          name,
          new NativeTableCell(formats.time(line.firstJoined())),
          new NativeTableCell(
              line.lastLeft() == null
                  ? getTranslation("visio.attendance.stillThere")
                  : formats.time(line.lastLeft())),
          new NativeTableCell(
              getTranslation("visio.attendance.minutes", line.duration().toMinutes())));
      body.add(row);
    }
    return body;
  }
}
