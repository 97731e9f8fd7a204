package fr.passerelle.app.lessonbook.internal;

import fr.passerelle.app.lessonbook.EntryFile;
import fr.passerelle.app.lessonbook.EntryKind;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The lesson book's tables, in plain SQL. No rule lives here: {@code LessonBookService} checks the
 * caller before it calls any method.
 */
@Repository
public class LessonBookStore {

  /** An entry as stored. */
  public record Row(
      long id,
      long classId,
      long schoolId,
      EntryKind kind,
      String title,
      String body,
      LocalDate date,
      @Nullable LocalDate dueDate,
      boolean wholeClass,
      @Nullable Long authorId) {}

  /** A file without its bytes. */
  public record FileRow(long id, long entryId, EntryFile info) {}

  private static final String COLUMNS =
      "id, class_id, school_id, kind, title, body, entry_date, due_date, whole_class, author_id";

  private final JdbcClient jdbc;

  LessonBookStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(Row row, Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into class_entry (class_id, school_id, kind, title, body, entry_date,"
                + " due_date, whole_class, author_id, created_at, updated_at)"
                + " values (?,?,?,?,?,?,?,?,?,?,?)")
        .params(
            row.classId(),
            row.schoolId(),
            row.kind().name(),
            row.title(),
            row.body(),
            Date.valueOf(row.date()),
            row.dueDate() == null ? null : Date.valueOf(row.dueDate()),
            row.wholeClass(),
            row.authorId(),
            Timestamp.from(now),
            Timestamp.from(now))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public void update(Row row, Instant now) {
    jdbc.sql(
            "update class_entry set kind = ?, title = ?, body = ?, entry_date = ?, due_date = ?,"
                + " whole_class = ?, updated_at = ? where id = ?")
        .params(
            row.kind().name(),
            row.title(),
            row.body(),
            Date.valueOf(row.date()),
            row.dueDate() == null ? null : Date.valueOf(row.dueDate()),
            row.wholeClass(),
            Timestamp.from(now),
            row.id())
        .update();
  }

  public void setPupils(long entryId, Set<Long> pupilIds) {
    jdbc.sql("delete from class_entry_pupil where entry_id = ?").param(entryId).update();
    for (long pupil : pupilIds) {
      jdbc.sql("insert into class_entry_pupil (entry_id, pupil_id) values (?,?)")
          .params(entryId, pupil)
          .update();
    }
  }

  public void delete(long entryId) {
    jdbc.sql("delete from class_entry where id = ?").param(entryId).update();
  }

  public Optional<Row> find(long entryId) {
    return jdbc.sql("select " + COLUMNS + " from class_entry where id = ?")
        .param(entryId)
        .query(LessonBookStore::row)
        .optional();
  }

  /** A class's entries, the latest (by due date, else by day) first. */
  public List<Row> ofClass(long classId, int offset, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from class_entry where class_id = ?"
                + " order by coalesce(due_date, entry_date) desc, id desc limit ? offset ?")
        .params(classId, limit, offset)
        .query(LessonBookStore::row)
        .list();
  }

  public long countOfClass(long classId) {
    return jdbc.sql("select count(*) from class_entry where class_id = ?")
        .param(classId)
        .query(Long.class)
        .single();
  }

  /** Homework of these classes due between two days (included), the soonest first. */
  public List<Row> homeworkDue(Collection<Long> classIds, LocalDate from, LocalDate to) {
    if (classIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from class_entry where kind = 'HOMEWORK' and class_id in (:classes)"
                + " and due_date between :from and :to order by due_date, id")
        .param("classes", classIds)
        .param("from", Date.valueOf(from))
        .param("to", Date.valueOf(to))
        .query(LessonBookStore::row)
        .list();
  }

  /**
   * What a pupil of a class may see: the class's entries for the whole class or naming them, of one
   * kind, whose due date (homework) or day (lessons) is between two days.
   */
  public List<Row> forPupil(
      long classId, long pupilId, EntryKind kind, LocalDate from, LocalDate to) {
    String day = kind == EntryKind.HOMEWORK ? "due_date" : "entry_date";
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from class_entry e where class_id = :class and kind = :kind"
                + " and "
                + day
                + " between :from and :to and (whole_class or exists (select 1 from"
                + " class_entry_pupil p where p.entry_id = e.id and p.pupil_id = :pupil))"
                + " order by "
                + day
                + (kind == EntryKind.HOMEWORK ? ", id" : " desc, id desc"))
        .param("class", classId)
        .param("kind", kind.name())
        .param("from", Date.valueOf(from))
        .param("to", Date.valueOf(to))
        .param("pupil", pupilId)
        .query(LessonBookStore::row)
        .list();
  }

  public Set<Long> pupilsOf(long entryId) {
    return new HashSet<>(
        jdbc.sql("select pupil_id from class_entry_pupil where entry_id = ?")
            .param(entryId)
            .query(Long.class)
            .list());
  }

  public long insertFile(long entryId, String fileName, String mediaType, byte[] content) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into class_entry_file (entry_id, file_name, media_type, size_bytes, content)"
                + " values (?,?,?,?,?)")
        .params(entryId, fileName, mediaType, content.length, content)
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public Optional<FileRow> file(long fileId) {
    return jdbc.sql(
            "select id, entry_id, file_name, media_type, size_bytes from class_entry_file"
                + " where id = ?")
        .param(fileId)
        .query(LessonBookStore::fileRow)
        .optional();
  }

  /** The files of these entries, by entry, in the order they were attached. */
  public Map<Long, List<EntryFile>> files(Collection<Long> entryIds) {
    Map<Long, List<EntryFile>> byEntry = new HashMap<>();
    if (entryIds.isEmpty()) {
      return byEntry;
    }
    jdbc.sql(
            "select id, entry_id, file_name, media_type, size_bytes from class_entry_file"
                + " where entry_id in (:entries) order by id")
        .param("entries", entryIds)
        .query(LessonBookStore::fileRow)
        .list()
        .forEach(
            f ->
                byEntry
                    .computeIfAbsent(f.entryId(), k -> new java.util.ArrayList<>())
                    .add(f.info()));
    return byEntry;
  }

  public int countFiles(long entryId) {
    return jdbc.sql("select count(*) from class_entry_file where entry_id = ?")
        .param(entryId)
        .query(Integer.class)
        .single();
  }

  public byte[] fileContent(long fileId) {
    return jdbc.sql("select content from class_entry_file where id = ?")
        .param(fileId)
        .query((rs, n) -> rs.getBytes(1))
        .single();
  }

  public void deleteFile(long fileId) {
    jdbc.sql("delete from class_entry_file where id = ?").param(fileId).update();
  }

  public void markDone(long entryId, long pupilId, Instant now) {
    jdbc.sql("delete from homework_done where entry_id = ? and pupil_id = ?")
        .params(entryId, pupilId)
        .update();
    jdbc.sql("insert into homework_done (entry_id, pupil_id, done_at) values (?,?,?)")
        .params(entryId, pupilId, Timestamp.from(now))
        .update();
  }

  public void unmarkDone(long entryId, long pupilId) {
    jdbc.sql("delete from homework_done where entry_id = ? and pupil_id = ?")
        .params(entryId, pupilId)
        .update();
  }

  /** The pupils who marked this homework done. */
  public Set<Long> doneBy(long entryId) {
    return new HashSet<>(
        jdbc.sql("select pupil_id from homework_done where entry_id = ?")
            .param(entryId)
            .query(Long.class)
            .list());
  }

  /** Which of these entries this pupil marked done. */
  public Set<Long> doneOf(long pupilId, Collection<Long> entryIds) {
    if (entryIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.sql(
                "select entry_id from homework_done where pupil_id = :pupil"
                    + " and entry_id in (:entries)")
            .param("pupil", pupilId)
            .param("entries", entryIds)
            .query(Long.class)
            .list());
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    Date due = rs.getDate("due_date");
    long author = rs.getLong("author_id");
    Long authorId = rs.wasNull() ? null : author;
    return new Row(
        rs.getLong("id"),
        rs.getLong("class_id"),
        rs.getLong("school_id"),
        EntryKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        rs.getString("body"),
        rs.getDate("entry_date").toLocalDate(),
        due == null ? null : due.toLocalDate(),
        rs.getBoolean("whole_class"),
        authorId);
  }

  private static FileRow fileRow(ResultSet rs, int n) throws SQLException {
    return new FileRow(
        rs.getLong("id"),
        rs.getLong("entry_id"),
        new EntryFile(
            rs.getLong("id"),
            rs.getString("file_name"),
            rs.getString("media_type"),
            rs.getInt("size_bytes")));
  }
}
