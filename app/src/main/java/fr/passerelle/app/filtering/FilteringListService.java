package fr.passerelle.app.filtering;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.filtering.internal.FilteringRuntime;
import fr.passerelle.app.filtering.internal.FilteringStore;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.platform.NoCallerCheck;
import fr.passerelle.app.support.ContentTypes;
import fr.passerelle.filtering.Hosts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Category list versions (imported from a UT1 folder or archive on the server, or from a UT1
 * archive the administrator sends) and the local allow and block lists. Reading is for the
 * managers; changing for the administrator.
 */
@Service
@Transactional
public class FilteringListService {

  private final FilteringStore store;
  private final FilteringRuntime runtime;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final long maxUploadBytes;

  FilteringListService(
      FilteringStore store,
      FilteringRuntime runtime,
      CurrentUser currentUser,
      AuditLog audit,
      @Value("${passerelle.filtering.upload-max-mb:100}") long maxUploadMb) {
    this.store = store;
    this.runtime = runtime;
    this.currentUser = currentUser;
    this.audit = audit;
    this.maxUploadBytes = maxUploadMb << 20;
  }

  /** The largest archive {@link #importArchive} takes, in bytes. */
  @NoCallerCheck("a setting of the server, the same for everyone; no data")
  public long maxUploadBytes() {
    return maxUploadBytes;
  }

  /**
   * Imports a UT1 {@code .tar.gz} archive sent from the browser (a temporary file): checked on its
   * content (gzip) and size, malformed lines reported and skipped; returns the new version.
   */
  @PreAuthorize("hasRole('ADMIN')")
  public ListVersion importArchive(Path file, @Nullable String fileName) {
    Caller caller = currentUser.require();
    String name = sourceName(fileName);
    try {
      if (!Files.isRegularFile(file)) {
        throw new FilteringException("filtering.error.noFile");
      }
      if (Files.size(file) > maxUploadBytes) {
        throw new FilteringException("filtering.error.tooBig", maxUploadBytes >> 20);
      }
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(16);
      }
      if (!ContentTypes.GZIP.equals(ContentTypes.detect(head).orElse(""))) {
        throw new FilteringException("filtering.error.notGzip", name);
      }
      long id;
      try (InputStream in = Files.newInputStream(file)) {
        id = runtime.importArchive(in, name, caller.username());
      }
      return imported(caller, id, name + " (envoi)");
    } catch (IOException e) {
      throw new FilteringException("filtering.error.read", String.valueOf(e.getMessage()));
    }
  }

  /** The file's own name, without any folder, at most 100 characters. */
  private static String sourceName(@Nullable String fileName) {
    String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
    if (name.isEmpty()) {
      name = "archive.tar.gz";
    }
    return name.length() <= 100 ? name : name.substring(0, 100);
  }

  private ListVersion imported(Caller caller, long id, String source) {
    ListVersion version = store.latestVersion().orElseThrow();
    audit.record(
        AuditKind.FILTER_LISTS_IMPORTED,
        caller.username(),
        null,
        "lists:" + id,
        source + ": " + version.domains() + " domains, " + version.skipped() + " skipped");
    return version;
  }

  /** Imports a UT1 folder or .tar.gz found on the server; returns the new version. */
  @PreAuthorize("hasRole('ADMIN')")
  public ListVersion importLists(String serverPath) {
    Caller caller = currentUser.require();
    Path source = Path.of(serverPath.strip());
    if (serverPath.isBlank() || !Files.exists(source)) {
      throw new FilteringException("filtering.error.source", serverPath);
    }
    long id;
    try {
      id = runtime.importLists(source, caller.username());
    } catch (IOException e) {
      throw new FilteringException("filtering.error.read", String.valueOf(e.getMessage()));
    }
    return imported(caller, id, source.toString());
  }

  @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR','TICE_REFERENT')")
  @Transactional(readOnly = true)
  public List<ListVersion> versions(int offset, int limit) {
    return store.versions(offset, Math.max(1, limit));
  }

  @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR','TICE_REFERENT')")
  @Transactional(readOnly = true)
  public long countVersions() {
    return store.versionCount();
  }

  @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR','TICE_REFERENT')")
  @Transactional(readOnly = true)
  public List<ListChange> changes(long versionId) {
    return store.changes(versionId);
  }

  @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR','TICE_REFERENT')")
  @Transactional(readOnly = true)
  public List<SkippedLine> skipped(long versionId) {
    return store.problems(versionId);
  }

  @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR','TICE_REFERENT')")
  @Transactional(readOnly = true)
  public List<LocalEntry> localEntries() {
    return store.localEntries();
  }

  /** Adds a domain or URL (with a path) to {@code local-allow} or {@code local-block}. */
  @PreAuthorize("hasRole('ADMIN')")
  public void addLocal(String list, String entry) {
    Caller caller = currentUser.require();
    if (!list.equals(FilteringRuntime.LOCAL_ALLOW) && !list.equals(FilteringRuntime.LOCAL_BLOCK)) {
      throw new FilteringException("filtering.error.list", list);
    }
    String raw = entry.strip();
    String hostPart = raw.replaceFirst("^[a-zA-Z]+://", "");
    boolean isUrl = hostPart.contains("/") && hostPart.indexOf('/') < hostPart.length() - 1;
    String value = isUrl ? Hosts.urlKey(raw) : Hosts.hostOf(raw);
    if (raw.isEmpty() || value == null) {
      throw new FilteringException("filtering.error.entry", entry);
    }
    if (store.addLocal(list, isUrl ? "URL" : "DOMAIN", value, caller.username(), runtime.now())) {
      audit.record(AuditKind.FILTER_LOCAL_LIST, caller.username(), null, list, "+ " + value);
      runtime.policiesChanged();
    }
  }

  @PreAuthorize("hasRole('ADMIN')")
  public void removeLocal(long id) {
    Caller caller = currentUser.require();
    store
        .removeLocal(id)
        .ifPresent(
            e -> {
              audit.record(
                  AuditKind.FILTER_LOCAL_LIST, caller.username(), null, e.list(), "- " + e.entry());
              runtime.policiesChanged();
            });
  }
}
