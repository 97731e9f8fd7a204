package fr.passerelle.app.filtering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.filtering.internal.FilteringRuntime;
import fr.passerelle.app.territory.ScopeDeniedException;
import fr.passerelle.filtering.Action;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Policies, exceptions, lists and the "test a URL" tool through their services, on PostgreSQL and
 * H2 with the demo data: who may do what, and what the engine then decides.
 */
@PasserelleTest
@BothDatabases
class FilteringServicesTest {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** A Tuesday, 10:00 and 15:00 in Paris. */
  static final Instant TUESDAY_10 = ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, PARIS).toInstant();

  static final Instant TUESDAY_15 = TUESDAY_10.plus(5, ChronoUnit.HOURS);

  @Autowired FilteringPolicyService policies;
  @Autowired FilteringExceptionService exceptions;
  @Autowired FilteringListService lists;
  @Autowired FilteringRuntime runtime;
  @Autowired JdbcClient jdbc;
  DemoAccounts demo;
  long ferry;
  long cp;
  long ce1;
  long cm2;

  @BeforeEach
  void ids() {
    demo = new DemoAccounts(jdbc);
    ferry = demo.school("0420101A");
    cp = demo.schoolClass("0420101A", "CP");
    ce1 = demo.schoolClass("0420101A", "CE1");
    cm2 = demo.schoolClass("0420101A", "CM2");
  }

  @Test
  @WithUserDetails("enseignante.ferry")
  void aTeacherTestsUrlsForHerClassAndSeesWhatDecided() {
    Explanation games =
        policies.explain("https://www.jeux-gratuits.example/", null, ce1, TUESDAY_10);
    assertThat(games.allowed()).isFalse();
    assertThat(games.scope()).isEqualTo("territory");
    assertThat(games.category()).isEqualTo("games");
    assertThat(games.matched()).isEqualTo("domain jeux-gratuits.example");
    assertThat(games.chain()).first().isEqualTo("territory locked block adult");
    assertThat(policies.explain("https://fr.vikidia.org/", null, ce1, TUESDAY_10).allowed())
        .isTrue();
    // The local allow list is a category like the others.
    assertThat(policies.explain("https://scratch.mit.edu/", null, ce1, TUESDAY_10).category())
        .isEqualTo("local-allow");

    assertThatThrownBy(() -> policies.explain("https://fr.vikidia.org/", null, cm2, TUESDAY_10))
        .isInstanceOf(ScopeDeniedException.class);
  }

  @Test
  @WithUserDetails("enseignante.ferry")
  void anAddressTheEngineCannotReadIsBlockedWithTheReasonAndOnlyAnEmptyOneIsRefused() {
    Explanation unreadable = policies.explain("pas une adresse", null, ce1, TUESDAY_10);
    assertThat(unreadable.allowed()).isFalse();
    assertThat(unreadable.step()).isZero();
    assertThat(unreadable.scope()).isEqualTo("invalid");
    assertThat(unreadable.rule()).isEqualTo("unparseable request: invalid host name");
    assertThat(unreadable.category()).isNull();
    assertThat(unreadable.classId()).isEqualTo(ce1);
    assertThat(unreadable.chain()).isEmpty();
    assertThat(policies.explain("https://fr.vikidia.org/a%zz", null, ce1, TUESDAY_10).rule())
        .isEqualTo("unparseable request: bad percent-encoding");
    assertThat(policies.explain("javascript:alert(1)", null, ce1, TUESDAY_10).rule())
        .isEqualTo("unparseable request: unsupported scheme javascript");

    for (String empty : List.of("", "  ", "https://fr.vikidia.org/" + "a".repeat(4000))) {
      assertThatThrownBy(() -> policies.explain(empty, null, ce1, TUESDAY_10))
          .isInstanceOf(FilteringException.class)
          .hasMessage("filtering.error.url");
    }
  }

  @Test
  @WithUserDetails("referent.ferry")
  void theCpIsWhitelistOnlyAndTheCm2HasFreeResearchInTheAfternoon() {
    assertThat(policies.explain("https://other-site.example/", null, cp, TUESDAY_10).rule())
        .isEqualTo("whitelist only");
    assertThat(policies.explain("https://lumni.fr/", null, cp, TUESDAY_10).allowed()).isTrue();
    assertThat(policies.explain("https://other-site.example/", null, cm2, TUESDAY_15).allowed())
        .isTrue();
    assertThat(policies.explain("https://jeux.test/", null, cm2, TUESDAY_10).allowed()).isFalse();
    assertThat(policies.explain("https://jeux.test/", null, cm2, TUESDAY_15).rule())
        .isEqualTo("allow * mon,tue,thu,fri 14:00-16:00");
    // Locked rules come first, even in free research time.
    assertThat(policies.explain("https://xxx.test/", null, cm2, TUESDAY_15).allowed()).isFalse();
  }

  @Test
  @WithUserDetails("referent.ferry")
  void theReferentChangesHisSchoolsClassPolicyButNotAnotherSchoolsNorTheTerritory() {
    PolicyScope cm2Scope = PolicyScope.ofClass(ferry, cm2);
    PolicyView before = policies.policy(cm2Scope);
    assertThat(before.editable()).isTrue();
    try {
      policies.save(
          cm2Scope,
          null,
          false,
          List.of(new RuleLine(Action.ALLOW, "games", "mer 9:00-12:00", false)));
      assertThat(policies.policy(cm2Scope).rules())
          .containsExactly(new RuleLine(Action.ALLOW, "games", "mer 9:00-12:00", false));
      assertThatThrownBy(
              () ->
                  policies.save(
                      cm2Scope,
                      null,
                      false,
                      List.of(new RuleLine(Action.ALLOW, "nope", null, false))))
          .isInstanceOf(FilteringException.class)
          .hasMessage("filtering.error.category");
      assertThatThrownBy(
              () ->
                  policies.save(
                      cm2Scope,
                      null,
                      false,
                      List.of(new RuleLine(Action.ALLOW, "games", "25:00-26:00", false))))
          .hasMessage("filtering.error.window");
      assertThatThrownBy(
              () ->
                  policies.save(
                      cm2Scope,
                      null,
                      false,
                      List.of(new RuleLine(Action.BLOCK, "games", null, true))))
          .hasMessage("filtering.error.locked");
    } finally {
      policies.save(cm2Scope, before.whitelistOnly(), before.inheritAllows(), before.rules());
    }

    long otherSchool = demo.school("0420102B");
    long refusalsBefore =
        demo.auditCount("ACCESS_DENIED", "referent.ferry", "school:" + otherSchool);
    assertThatThrownBy(() -> policies.policy(PolicyScope.school(otherSchool)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", "referent.ferry", "school:" + otherSchool))
        .isEqualTo(refusalsBefore + 1);
    assertThat(policies.policy(PolicyScope.territory()).editable()).isFalse();
    assertThatThrownBy(() -> policies.save(PolicyScope.territory(), false, false, List.of()))
        .isInstanceOf(ScopeDeniedException.class);
  }

  @Test
  @WithUserDetails("admin")
  void aWhitelistOnlyNurseryDoesNotTakeTheTerritorysAllowedSitesUntilItSaysSo() throws Exception {
    long nursery = demo.school("0420103C"); // École maternelle Tarentaize
    long ps = demo.schoolClass("0420103C", "PS");
    PolicyScope scope = PolicyScope.school(nursery);
    PolicyView before = policies.policy(scope);
    List<RuleLine> children = List.of(new RuleLine(Action.ALLOW, "child", null, false));
    // The territory allows its local list (scratch.mit.edu) to every school that is not
    // whitelist-only.
    assertThat(policies.explain("https://scratch.mit.edu/", nursery, null, TUESDAY_10).allowed())
        .isTrue();
    try {
      policies.save(scope, true, false, children);

      assertThat(policies.policy(scope).inheritAllows()).isFalse();
      Explanation kept = policies.explain("https://scratch.mit.edu/", nursery, ps, TUESDAY_10);
      assertThat(kept.allowed()).isFalse();
      assertThat(kept.scope()).isEqualTo("default");
      assertThat(kept.chain()).doesNotContain("territory allow local-allow");
      assertThat(policies.explain("https://lumni.fr/", nursery, ps, TUESDAY_10).allowed()).isTrue();

      long audited = demo.auditCount("FILTER_POLICY_CHANGED", "admin", "school:" + nursery);
      policies.save(scope, true, true, children);

      assertThat(policies.policy(scope).inheritAllows()).isTrue();
      Explanation taken = policies.explain("https://scratch.mit.edu/", nursery, ps, TUESDAY_10);
      assertThat(taken.allowed()).isTrue();
      assertThat(taken.scope()).isEqualTo("territory");
      assertThat(taken.rule()).isEqualTo("allow local-allow");
      // Its own whitelist still closes the rest, and the territory's blocks still apply.
      assertThat(policies.explain("https://other-site.example/", nursery, ps, TUESDAY_10).rule())
          .isEqualTo("whitelist only");
      assertThat(policies.explain("https://jeux.test/", nursery, ps, TUESDAY_10).allowed())
          .isFalse();
      assertThat(demo.auditCount("FILTER_POLICY_CHANGED", "admin", "school:" + nursery))
          .isEqualTo(audited + 1);
      assertThat(
              jdbc.sql(
                      "select detail from audit_event where kind = 'FILTER_POLICY_CHANGED'"
                          + " and target = ? order by id desc")
                  .param("school:" + nursery)
                  .query(String.class)
                  .list())
          .first()
          .asString()
          .startsWith("whitelist=true inherit-allow;");
      // The proxy's policy file says it too.
      assertThat(Files.readString(runtime.exportDir().resolve("policy.txt")))
          .contains("layer school:" + nursery + " whitelist=true inherit-allow");

      // Said only where it means something: not on a level that is not whitelist-only.
      policies.save(scope, false, true, children);
      assertThat(policies.policy(scope).inheritAllows()).isFalse();
    } finally {
      policies.save(scope, before.whitelistOnly(), before.inheritAllows(), before.rules());
    }
    assertThat(policies.explain("https://scratch.mit.edu/", nursery, ps, TUESDAY_10).allowed())
        .isTrue();
  }

  @Test
  @WithUserDetails("enseignante.ferry")
  void aTeacherRequestsAnUnblockOnlyForHerOwnClassAndWithAReason() {
    ExceptionRequest r =
        exceptions.request(ce1, "https://www.jeux-gratuits.example/calcul", "Calcul mental");
    assertThat(r.domain()).isEqualTo("www.jeux-gratuits.example");
    assertThat(r.status()).isEqualTo(ExceptionRequest.Status.REQUESTED);
    assertThat(exceptions.list(0, 50)).extracting(ExceptionRequest::id).contains(r.id());
    assertThat(exceptions.list(0, 50)).allMatch(x -> x.classId() == ce1);
    assertThat(demo.auditCount("FILTER_UNBLOCK_REQUESTED", "enseignante.ferry", "class:" + ce1))
        .isPositive();

    assertThatThrownBy(() -> exceptions.request(cm2, "https://jeux.test", "Pour voir"))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> exceptions.request(ce1, "https://jeux.test", "  "))
        .hasMessage("filtering.error.reason");
    assertThatThrownBy(() -> exceptions.approve(r.id(), Instant.now().plusSeconds(3600)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @WithUserDetails("referent.ferry")
  void theReferentApprovesWithAnExpiryAndTheSiteOpensForThatClassOnly() {
    var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            "insert into filtering_exception (class_id, school_id, domain, reason, requested_by,"
                + " requested_at, status) values (?, ?, 'paris-sportifs.example', 'Maths et"
                + " probabilités', 'enseignante.ferry', ?, 'REQUESTED')")
        .params(ce1, ferry, java.sql.Timestamp.from(Instant.now()))
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    Instant now = Instant.now();
    assertThat(policies.explain("https://paris-sportifs.example/", null, ce1, now).allowed())
        .isFalse();
    assertThatThrownBy(() -> exceptions.approve(id, now.minusSeconds(60)))
        .hasMessage("filtering.error.expiry");

    ExceptionRequest approved = exceptions.approve(id, now.plus(2, ChronoUnit.DAYS));

    assertThat(approved.status()).isEqualTo(ExceptionRequest.Status.APPROVED);
    assertThat(approved.decidedBy()).isEqualTo("referent.ferry");
    Explanation opened = policies.explain("https://www.paris-sportifs.example/", null, ce1, now);
    assertThat(opened.allowed()).isTrue();
    assertThat(opened.scope()).isEqualTo("exemption:" + id);
    assertThat(policies.explain("https://paris-sportifs.example/", null, cm2, now).allowed())
        .isFalse();
    assertThat(
            policies
                .explain("https://paris-sportifs.example/", null, ce1, now.plus(3, ChronoUnit.DAYS))
                .allowed())
        .isFalse();
    assertThat(demo.auditCount("FILTER_UNBLOCK_APPROVED", "referent.ferry", "exception:" + id))
        .isEqualTo(1);
    assertThatThrownBy(() -> exceptions.approve(id, now.plus(1, ChronoUnit.DAYS)))
        .hasMessage("filtering.error.status");

    exceptions.revoke(id);
    assertThat(policies.explain("https://paris-sportifs.example/", null, ce1, now).allowed())
        .isFalse();
    assertThat(demo.auditCount("FILTER_UNBLOCK_REVOKED", "referent.ferry", "exception:" + id))
        .isEqualTo(1);
  }

  @Test
  @WithUserDetails("referent.ferry")
  void theReferentDoesNotDecideOnHisOwnRequest() {
    ExceptionRequest mine = exceptions.request(cm2, "https://jeux.test/", "Rallye");
    assertThatThrownBy(() -> exceptions.approve(mine.id(), Instant.now().plusSeconds(3600)))
        .hasMessage("filtering.error.ownRequest");
    exceptions.list(0, 100).forEach(x -> assertThat(x.schoolId()).isEqualTo(ferry));
  }

  @Test
  @WithUserDetails("directrice.ferry")
  void theDirectorSeesHerSchoolsRequestsButOnlyTheReferentOrAdministratorDecides() {
    assertThat(exceptions.list(0, 100)).isNotEmpty().allMatch(x -> x.schoolId() == ferry);
    assertThat(exceptions.canDecide()).isFalse();
    long pending = exceptions.list(0, 100).getFirst().id();
    assertThatThrownBy(() -> exceptions.refuse(pending, null))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @WithUserDetails("admin")
  void theAdministratorImportsListsSeesWhatChangedAndWhatWasSkipped(@TempDir Path tmp)
      throws Exception {
    // The demo lists again, plus a new category with a malformed line.
    List<String> demoLines =
        new String(
                getClass().getResourceAsStream("/filtering/demo-lists.txt").readAllBytes(),
                StandardCharsets.UTF_8)
            .lines()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .toList();
    for (String line : demoLines) {
      String[] t = line.split("\\s+", 3);
      Path file = tmp.resolve("blacklists").resolve(t[0]).resolve(t[1]);
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          t[2] + "\n",
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    }
    Path extra = tmp.resolve("blacklists/dating");
    Files.createDirectories(extra);
    Files.writeString(
        extra.resolve("domains"),
        "# dating\nrencontres.example\nbad domain\nRENCONTRES-ADOS.example  \n");
    long versionsBefore = lists.countVersions();

    ListVersion v = lists.importLists(tmp.resolve("blacklists").toString());

    assertThat(lists.countVersions()).isEqualTo(versionsBefore + 1);
    assertThat(v.skipped()).isEqualTo(1);
    assertThat(lists.skipped(v.id()))
        .containsExactly(new SkippedLine("dating/domains", 3, "bad domain", "invalid domain"));
    List<ListChange> changes = lists.changes(v.id());
    assertThat(changes).extracting(ListChange::category).contains("dating");
    ListChange dating =
        changes.stream().filter(c -> c.category().equals("dating")).findFirst().orElseThrow();
    assertThat(dating.added()).isEqualTo(2);
    assertThat(dating.examplesAdded()).contains("rencontres.example", "rencontres-ados.example");
    assertThat(policies.categories()).contains("dating", "games", "local-allow", "*");
    assertThat(policies.explain("https://rencontres.example", null, null, Instant.now()).category())
        .isNull();

    assertThatThrownBy(() -> lists.importLists(tmp.resolve("missing").toString()))
        .hasMessage("filtering.error.source");
  }

  @Test
  @WithUserDetails("admin")
  void theAdministratorSendsAUt1ArchiveAndSeesWhatChangedAndWhatWasSkipped(@TempDir Path tmp)
      throws Exception {
    // The demo lists plus a "forums" category: a comment, odd white space, IDN, a malformed line.
    Path archive = tmp.resolve("upload-1234.tmp");
    try (var in = getClass().getResourceAsStream("/filtering/ut1-small.tar.gz")) {
      Files.copy(in, archive);
    }
    long versionsBefore = lists.countVersions();

    ListVersion v = lists.importArchive(archive, "C:\\Users\\admin\\blacklists.tar.gz");

    assertThat(lists.countVersions()).isEqualTo(versionsBefore + 1);
    assertThat(v.source()).isEqualTo("blacklists.tar.gz");
    assertThat(v.skipped()).isEqualTo(1);
    assertThat(lists.skipped(v.id()))
        .containsExactly(
            new SkippedLine("blacklists/forums/domains", 4, "bad domain here", "invalid domain"));
    assertThat(policies.categories()).contains("forums", "adult", "games");
    ListChange forums =
        lists.changes(v.id()).stream()
            .filter(c -> c.category().equals("forums"))
            .findFirst()
            .orElseThrow();
    assertThat(forums.added()).isEqualTo(4);
    assertThat(forums.removed()).isZero();
    assertThat(forums.examplesAdded())
        .contains(
            "forum-ados.example",
            "causerie.example",
            "xn--fort-forum-",
            "forum-ados.example/prive/");
    assertThat(demo.auditCount("FILTER_LISTS_IMPORTED", "admin", "lists:" + v.id())).isEqualTo(1);
  }

  @Test
  @WithUserDetails("admin")
  void anArchiveThatIsNotGzipIsTruncatedEmptyOrTooLargeIsRefusedAndChangesNothing(@TempDir Path tmp)
      throws Exception {
    long versionsBefore = lists.countVersions();
    Path text = tmp.resolve("a");
    Files.writeString(text, "adult/domains xxx.test\n");
    assertThatThrownBy(() -> lists.importArchive(text, "listes.tar.gz"))
        .hasMessage("filtering.error.notGzip");

    byte[] full;
    try (var in = getClass().getResourceAsStream("/filtering/ut1-small.tar.gz")) {
      full = in.readAllBytes();
    }
    Path truncated = tmp.resolve("b");
    Files.write(truncated, java.util.Arrays.copyOf(full, full.length / 2));
    assertThatThrownBy(() -> lists.importArchive(truncated, "coupee.tar.gz"))
        .hasMessage("filtering.error.read");

    Path empty = tmp.resolve("c");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(empty))) {
      out.write(new byte[1024]); // a tar archive without any file: its two zero blocks
    }
    assertThatThrownBy(() -> lists.importArchive(empty, "vide.tar.gz"))
        .hasMessage("filtering.error.noList");

    Path large = tmp.resolve("d");
    try (var file = new java.io.RandomAccessFile(large.toFile(), "rw")) {
      file.write(full);
      file.setLength(lists.maxUploadBytes() + 1);
    }
    assertThatThrownBy(() -> lists.importArchive(large, "grosse.tar.gz"))
        .hasMessage("filtering.error.tooBig");

    assertThat(lists.countVersions()).isEqualTo(versionsBefore);
  }

  @Test
  @WithUserDetails("directrice.ferry")
  void onlyTheAdministratorSendsAnArchive(@TempDir Path tmp) throws Exception {
    Path archive = tmp.resolve("x.tar.gz");
    try (var in = getClass().getResourceAsStream("/filtering/ut1-small.tar.gz")) {
      Files.copy(in, archive);
    }
    assertThatThrownBy(() -> lists.importArchive(archive, "x.tar.gz"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @WithUserDetails("admin")
  void theAdministratorEditsTheLocalListsAndTheyApplyAtOnce() {
    Instant now = Instant.now();
    assertThat(policies.explain("https://forum.lumni.fr/x", null, ce1, now).allowed()).isTrue();
    lists.addLocal("local-block", "https://forum.lumni.fr/x");
    try {
      Explanation blocked = policies.explain("https://forum.lumni.fr/x/y", null, ce1, now);
      assertThat(blocked.allowed()).isFalse();
      assertThat(blocked.matched()).isEqualTo("url forum.lumni.fr/x");
      assertThatThrownBy(() -> lists.addLocal("local-block", "not a domain"))
          .hasMessage("filtering.error.entry");
    } finally {
      new ArrayList<>(lists.localEntries())
          .stream()
              .filter(e -> e.entry().equals("forum.lumni.fr/x"))
              .forEach(e -> lists.removeLocal(e.id()));
    }
    assertThat(policies.explain("https://forum.lumni.fr/x", null, ce1, now).allowed()).isTrue();
  }

  @Test
  @WithUserDetails("parent.martin")
  void parentsAndPupilsHaveNoFilteringTools() {
    assertThatThrownBy(() -> policies.explain("https://lumni.fr", null, null, null))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> exceptions.list(0, 10)).isInstanceOf(AccessDeniedException.class);
  }
}
