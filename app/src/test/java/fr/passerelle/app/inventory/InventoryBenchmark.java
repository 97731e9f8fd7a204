package fr.passerelle.app.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.PasserelleTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}): imports 2,000 generated
 * GLPI Agent computer inventories and 800 network printer inventories on PostgreSQL in one apply,
 * re-imports them (all unchanged), then times the inventory list's first page (page + count, as the
 * grid asks) under random filters. Run it alone:
 *
 * <pre>
 * ENT_DB_URL=jdbc:postgresql://localhost:5432/passerelle_bench ./mvnw -B -o -pl app -am verify \
 *   -Dtest=InventoryBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * The database is cleaned first (as for the tests). The list is warmed up with 200 runs, then timed
 * over 300. Results are printed and in docs/benchmarks.md.
 */
@PasserelleTest
class InventoryBenchmark {

  static final int COMPUTERS = 2000;
  static final int PRINTERS = 800;
  static final int LIST_RUNS = 300;

  @Autowired InventoryImport imports;
  @Autowired InventoryService inventory;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;

  @AfterEach
  void signOut() {
    SignedIn.out();
  }

  @Test
  void importsAndLists() {
    new SignedIn(users).as("technicien");
    List<String> uais = jdbc.sql("select uai from school order by uai").query(String.class).list();
    Random random = new Random(42);
    List<ImportFile> files = new ArrayList<>();
    for (int i = 0; i < COMPUTERS; i++) {
      files.add(computer(i, uais.get(random.nextInt(uais.size())), random));
    }
    for (int i = 0; i < PRINTERS; i++) {
      files.add(printer(i, uais.get(random.nextInt(uais.size())), random));
    }
    long bytes = files.stream().mapToLong(f -> f.content().length).sum();

    long t0 = System.nanoTime();
    ImportPlan preview = imports.preview(files, null);
    long t1 = System.nanoTime();
    ImportPlan applied = imports.apply(files, null);
    long t2 = System.nanoTime();
    ImportPlan again = imports.apply(files, null);
    long t3 = System.nanoTime();
    assertThat(preview.problems()).isEmpty();
    assertThat(applied.count(ImportPlan.Action.CREATE)).isEqualTo(COMPUTERS + PRINTERS);
    assertThat(again.count(ImportPlan.Action.UNCHANGED)).isEqualTo(COMPUTERS + PRINTERS);

    // As autovacuum would shortly after a bulk import: fresh statistics for the planner.
    jdbc.sql("analyze device").update();
    List<Long> communes = jdbc.sql("select id from commune").query(Long.class).list();
    List<Long> schools = jdbc.sql("select id from school").query(Long.class).list();
    LocalDate today = LocalDate.now();
    long[] nanos = new long[LIST_RUNS];
    for (int run = -200; run < LIST_RUNS; run++) {
      DeviceFilter filter =
          new DeviceFilter(
              random.nextBoolean() ? communes.get(random.nextInt(communes.size())) : null,
              random.nextInt(4) == 0 ? schools.get(random.nextInt(schools.size())) : null,
              random.nextBoolean()
                  ? DeviceKind.values()[random.nextInt(DeviceKind.values().length)]
                  : null,
              random.nextInt(3) == 0 ? DeviceState.IN_SERVICE : null,
              random.nextInt(3) == 0 ? today : null,
              random.nextInt(3) == 0 ? today.plusMonths(6) : null,
              null);
      DeviceSort sort = DeviceSort.values()[random.nextInt(DeviceSort.values().length)];
      long start = System.nanoTime();
      inventory.page(filter, sort, random.nextBoolean(), 0, 50);
      inventory.count(filter);
      long took = System.nanoTime() - start;
      if (run >= 0) {
        nanos[run] = took;
      }
    }
    Arrays.sort(nanos);
    double p50 = nanos[LIST_RUNS / 2] / 1e6;
    double p95 = nanos[(int) (LIST_RUNS * 0.95)] / 1e6;
    double max = nanos[LIST_RUNS - 1] / 1e6;
    long devices = jdbc.sql("select count(*) from device").query(Long.class).single();
    int items = COMPUTERS + PRINTERS;
    System.out.println(
        String.format(
            Locale.ROOT,
            "%nIT inventory benchmark: %d files (%d computers, %d printers, %.1f MB of JSON)%n"
                + "  preview        %6.2f s  (%.0f items/s)%n"
                + "  apply (create) %6.2f s  (%.0f items/s)%n"
                + "  re-import      %6.2f s  (%.0f items/s, all unchanged)%n"
                + "  list first page + count over %d devices, %d runs with random filters and"
                + " sorts: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
            items,
            COMPUTERS,
            PRINTERS,
            bytes / 1e6,
            (t1 - t0) / 1e9,
            items / ((t1 - t0) / 1e9),
            (t2 - t1) / 1e9,
            items / ((t2 - t1) / 1e9),
            (t3 - t2) / 1e9,
            items / ((t3 - t2) / 1e9),
            devices,
            LIST_RUNS,
            p50,
            p95,
            max));
  }

  private static ImportFile computer(int i, String uai, Random random) {
    boolean windows = random.nextBoolean();
    String name = String.format(Locale.ROOT, "PC-%s-%04d", uai, i);
    String serial = String.format(Locale.ROOT, "BENCH-PC-%05d", i);
    String os =
        windows
            ? "\"full_name\": \"Microsoft Windows 11 Éducation\", \"name\": \"Windows\","
                + " \"version\": \"23H2\", \"arch\": \"64-bit\""
            : "\"full_name\": \"Ubuntu 24.04.1 LTS\", \"name\": \"Ubuntu\","
                + " \"version\": \"24.04.1 LTS (Noble Numbat)\", \"arch\": \"x86_64\"";
    int memory = 4096 * (1 + random.nextInt(4));
    String json =
        """
        {"action": "inventory", "deviceid": "%s-2024-09-03-08-12-44", "itemtype": "Computer",
         "tag": "%s",
         "content": {
          "bios": {"bdate": "2023-06-19", "bmanufacturer": "LENOVO", "bversion": "M4GKT3BA",
                   "smanufacturer": "LENOVO", "smodel": "ThinkCentre M70q Gen 4", "ssn": "%s"},
          "hardware": {"chassis_type": "Mini PC", "memory": %d, "name": "%s",
                       "uuid": "2b8c6d40-6c1f-11ee-8c99-%012d", "vmsystem": "Physical"},
          "operatingsystem": {%s},
          "cpus": [{"core": 6, "manufacturer": "Intel", "name": "13th Gen Intel(R) Core(TM) i3-13100T",
                    "speed": 2500, "thread": 8}],
          "memories": [{"capacity": %d, "caption": "DIMM0", "numslots": 1, "type": "DDR4"}],
          "storages": [{"disksize": 244198, "model": "SAMSUNG MZVL4256HBJD-00BL7", "type": "disk"}],
          "networks": [
            {"description": "lo", "ipaddress": "127.0.0.1", "status": "Up", "virtualdev": true},
            {"description": "enp2s0", "ipaddress": "10.42.%d.%d", "macaddr": "88:ae:dd:%02x:%02x:%02x",
             "status": "Up", "type": "ethernet", "virtualdev": false}],
          "softwares": [{"name": "Mozilla Firefox", "version": "132.0.2"},
                        {"name": "LibreOffice", "version": "24.8.3.2"}],
          "versionclient": "GLPI-Agent_v1.11"}}
        """
            .formatted(
                name,
                uai,
                serial,
                memory,
                name,
                i,
                os,
                memory,
                i / 250,
                i % 250 + 2,
                i / 65536 % 256,
                i / 256 % 256,
                i % 256);
    return new ImportFile(name + ".json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static ImportFile printer(int i, String uai, Random random) {
    String name = String.format(Locale.ROOT, "NPI%06X", i);
    String json =
        """
        {"action": "netinventory", "deviceid": "agent-srv-2024-10-01-09-00-00", "itemtype": "Printer",
         "tag": "%s",
         "content": {
          "cartridges": [{"tonerblack": "%d"}, {"drumblack": %d}],
          "network_device": {"firmware": "2409048_052887", "ips": ["10.43.%d.%d"],
            "mac": "00:68:eb:%02x:%02x:%02x", "manufacturer": "Hewlett-Packard",
            "model": "HP LaserJet M507", "name": "%s", "ram": 512, "serial": "BENCH-PR-%05d",
            "type": "Printer", "uptime": "7 days, 01:26:41.98"},
          "pagecounters": {"total": %d, "rectoverso": %d},
          "versionclient": "GLPI-Agent_v1.11"}}
        """
            .formatted(
                uai,
                random.nextInt(101),
                random.nextInt(101),
                i / 250,
                i % 250 + 2,
                i / 65536 % 256,
                i / 256 % 256,
                i % 256,
                name,
                i,
                1000 + random.nextInt(90000),
                random.nextInt(1000));
    return new ImportFile(name + ".json", json.getBytes(StandardCharsets.UTF_8));
  }
}
