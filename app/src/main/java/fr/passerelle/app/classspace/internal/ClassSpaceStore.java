package fr.passerelle.app.classspace.internal;

import fr.passerelle.app.classspace.ResourceFile;
import fr.passerelle.app.classspace.ResourceKind;
import fr.passerelle.app.classspace.StoredFile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The class space's tables, in plain SQL that runs on PostgreSQL and on H2 in PostgreSQL mode. */
@Component
public class ClassSpaceStore {

  /** A resource row, with its author's name. */
  public record ResourceRow(
      long id,
      long classId,
      ResourceKind kind,
      String title,
      String description,
      @Nullable String url,
      @Nullable Long fileId,
      @Nullable String textVersion,
      @Nullable Long largePrintFileId,
      @Nullable Long audioDescriptionFileId,
      long authorId,
      String authorName,
      Instant updatedAt) {}

  /** A news row, with its author's name. */
  public record NewsRow(
      long id,
      long schoolId,
      @Nullable Long classId,
      String title,
      String body,
      long authorId,
      String authorName,
      Instant publishedAt) {}

  /** A news image row. */
  public record ImageRow(long id, long newsId, long fileId, String altText) {}

  private static final String RESOURCE_SELECT =
      "select r.id, r.class_id, r.kind, r.title, r.description, r.url, r.file_id, r.text_version,"
          + " r.large_print_file_id, r.audio_description_file_id, r.author_id,"
          + " a.first_name || ' ' || a.last_name as author_name, r.updated_at"
          + " from class_resource r join account a on a.id = r.author_id ";

  private static final String NEWS_SELECT =
      "select n.id, n.school_id, n.class_id, n.title, n.body, n.author_id,"
          + " a.first_name || ' ' || a.last_name as author_name, n.published_at"
          + " from class_news n join account a on a.id = n.author_id ";

  private final JdbcClient jdbc;

  ClassSpaceStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  public long insertFile(String name, String mediaType, byte[] content, Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into class_file (file_name, media_type, size_bytes, content, created_at)"
                + " values (?,?,?,?,?)")
        .params(name, mediaType, content.length, content, at(now))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public Map<Long, ResourceFile> fileInfos(Collection<Long> ids) {
    Map<Long, ResourceFile> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    jdbc.sql("select id, file_name, media_type, size_bytes from class_file where id in (:ids)")
        .param("ids", List.copyOf(ids))
        .query(
            (rs, n) ->
                new ResourceFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
        .list()
        .forEach(f -> found.put(f.id(), f));
    return found;
  }

  public Optional<StoredFile> file(long id) {
    return jdbc.sql("select file_name, media_type, content from class_file where id = ?")
        .param(id)
        .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional();
  }

  public long insertResource(
      long classId,
      ResourceKind kind,
      String title,
      String description,
      @Nullable String url,
      @Nullable Long fileId,
      @Nullable String textVersion,
      @Nullable Long largePrintFileId,
      @Nullable Long audioDescriptionFileId,
      long authorId,
      Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into class_resource (class_id, kind, title, description, url, file_id,"
                + " text_version, large_print_file_id, audio_description_file_id, author_id,"
                + " created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?)")
        .params(
            classId,
            kind.name(),
            title,
            description,
            url,
            fileId,
            textVersion,
            largePrintFileId,
            audioDescriptionFileId,
            authorId,
            at(now),
            at(now))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public void updateResource(
      long id,
      ResourceKind kind,
      String title,
      String description,
      @Nullable String url,
      @Nullable Long fileId,
      @Nullable String textVersion,
      @Nullable Long largePrintFileId,
      @Nullable Long audioDescriptionFileId,
      Instant now) {
    jdbc.sql(
            "update class_resource set kind = ?, title = ?, description = ?, url = ?,"
                + " file_id = ?, text_version = ?, large_print_file_id = ?,"
                + " audio_description_file_id = ?, updated_at = ? where id = ?")
        .params(
            kind.name(),
            title,
            description,
            url,
            fileId,
            textVersion,
            largePrintFileId,
            audioDescriptionFileId,
            at(now),
            id)
        .update();
  }

  public Optional<ResourceRow> resource(long id) {
    return jdbc.sql(RESOURCE_SELECT + "where r.id = ?")
        .param(id)
        .query(ClassSpaceStore::resourceRow)
        .optional();
  }

  /** A class's resources, last changed first. */
  public List<ResourceRow> resources(long classId, int offset, int limit) {
    return jdbc.sql(
            RESOURCE_SELECT
                + "where r.class_id = ? order by r.updated_at desc, r.id desc"
                + " limit ? offset ?")
        .params(classId, limit, offset)
        .query(ClassSpaceStore::resourceRow)
        .list();
  }

  public long countResources(long classId) {
    return jdbc.sql("select count(*) from class_resource where class_id = ?")
        .param(classId)
        .query(Long.class)
        .single();
  }

  public long insertNews(
      long schoolId,
      @Nullable Long classId,
      String title,
      String body,
      long authorId,
      Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into class_news (school_id, class_id, title, body, author_id, published_at)"
                + " values (?,?,?,?,?,?)")
        .params(schoolId, classId, title, body, authorId, at(now))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public void insertNewsImage(long newsId, long fileId, String altText, int position) {
    jdbc.sql(
            "insert into class_news_image (news_id, file_id, alt_text, position)"
                + " values (?,?,?,?)")
        .params(newsId, fileId, altText, position)
        .update();
  }

  public Optional<NewsRow> news(long id) {
    return jdbc.sql(NEWS_SELECT + "where n.id = ?")
        .param(id)
        .query(ClassSpaceStore::newsRow)
        .optional();
  }

  /** The news of these classes and the school-wide news of these schools, newest first. */
  public List<NewsRow> news(
      Collection<Long> classIds, Collection<Long> schoolIds, int offset, int limit) {
    return jdbc.sql(
            NEWS_SELECT
                + "where n.class_id in (:classes) or (n.class_id is null and n.school_id in"
                + " (:schools)) order by n.published_at desc, n.id desc limit :limit offset"
                + " :offset")
        .param("classes", orNone(classIds))
        .param("schools", orNone(schoolIds))
        .param("limit", limit)
        .param("offset", offset)
        .query(ClassSpaceStore::newsRow)
        .list();
  }

  public long countNews(Collection<Long> classIds, Collection<Long> schoolIds) {
    return jdbc.sql(
            "select count(*) from class_news n where n.class_id in (:classes) or (n.class_id is"
                + " null and n.school_id in (:schools))")
        .param("classes", orNone(classIds))
        .param("schools", orNone(schoolIds))
        .query(Long.class)
        .single();
  }

  public List<ImageRow> images(Collection<Long> newsIds) {
    if (newsIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select id, news_id, file_id, alt_text from class_news_image where news_id in (:ids)"
                + " order by news_id, position")
        .param("ids", List.copyOf(newsIds))
        .query(
            (rs, n) -> new ImageRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
        .list();
  }

  public Optional<ImageRow> image(long id) {
    return jdbc.sql("select id, news_id, file_id, alt_text from class_news_image where id = ?")
        .param(id)
        .query(
            (rs, n) -> new ImageRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
        .optional();
  }

  /** An id list an {@code in} clause accepts: no id matches -1. */
  private static List<Long> orNone(Collection<Long> ids) {
    return ids.isEmpty() ? List.of(-1L) : new ArrayList<>(ids);
  }

  private static @Nullable Long longOrNull(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static ResourceRow resourceRow(ResultSet rs, int n) throws SQLException {
    return new ResourceRow(
        rs.getLong("id"),
        rs.getLong("class_id"),
        ResourceKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        rs.getString("description"),
        rs.getString("url"),
        longOrNull(rs, "file_id"),
        rs.getString("text_version"),
        longOrNull(rs, "large_print_file_id"),
        longOrNull(rs, "audio_description_file_id"),
        rs.getLong("author_id"),
        rs.getString("author_name"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant());
  }

  private static NewsRow newsRow(ResultSet rs, int n) throws SQLException {
    return new NewsRow(
        rs.getLong("id"),
        rs.getLong("school_id"),
        longOrNull(rs, "class_id"),
        rs.getString("title"),
        rs.getString("body"),
        rs.getLong("author_id"),
        rs.getString("author_name"),
        rs.getObject("published_at", OffsetDateTime.class).toInstant());
  }
}
