package app.convene.perf;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.shared.database.EmbeddedDatabaseProperties;
import app.convene.shared.database.EmbeddedDatabaseServer;
import app.convene.support.Perf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, decision 0052: the cold start of the packaged production jar, from process creation to readiness UP and
 * to the first page served, Keycloak excluded (production settings with an issuer of its own that nobody answers:
 * Convene does not ask Keycloak while starting). Run by {@code mvn -Pperf verify} after {@code package} (failsafe),
 * on the jar and the AOT cache that the build made in {@code target/perf}; the PostgreSQL is the benchmark's own
 * (embedded, as an external database), already migrated by a first start that is not counted.
 *
 * <p>Ways to start, best of {@code convene.coldstart.runs} (default 3) each, taken in turns:
 * {@code java -jar} on the fat jar (the start before decision 0052), the extracted jar, and the extracted jar with
 * the JDK 25 AOT cache ({@code -XX:AOTMode=on}: the JVM refuses to start if it cannot use the cache), and the last
 * with Spring options that Convene does not set, and Spring AOT's generated context with its own JDK AOT cache
 * ({@code spring_aot}), the same with Liquibase run at every start ({@code spring_aot_liquibase}: no schema stamp),
 * with Hibernate built in line ({@code spring_aot_inline_jpa}) and, given
 * {@code -Dconvene.coldstart.compare-app=<another build's target/perf/app>}, that build's Spring AOT start
 * ({@code spring_aot_compare}); {@code -Dconvene.coldstart.ways=aot_cache,spring_aot} runs only the ways named.
 * Each start also reports the CPU its threads had used at ready, by kind ({@link ThreadCpu}: the start's thread, the
 * JIT, the collector, the rest and the threads that ended before ready; medians as {@code PERF} lines). Then one
 * more start with Spring's start-up steps recorded, printing where the time went
 * ({@code -Dconvene.coldstart.steps=<file>} keeps them all).
 */
@Tag("perf")
class ColdStartBenchmarkIT {

    @TempDir
    Path folder;

    @Test
    void productionJarColdStart() throws Exception {
        Path jar = Path.of(System.getProperty("convene.coldstart.jar", "target/perf/convene-0.1.0-SNAPSHOT.jar"));
        Path app = Path.of(System.getProperty("convene.coldstart.app", "target/perf/app"));
        Path extracted = app.resolve(jar.getFileName());
        Path cache = app.resolve("convene.aot");
        assertThat(List.of(jar, extracted, cache)).as("built by the perf profile's package phase")
                .allMatch(Files::isRegularFile);
        int runs = Integer.getInteger("convene.coldstart.runs", 3);
        List<String> aot = List.of("-XX:AOTCache=" + cache, "-XX:AOTMode=on", "-jar", extracted.toString());
        Map<String, List<String>> ways = new LinkedHashMap<>();
        List<String> fatJar = List.of("-jar", jar.toString());
        ways.put("jar", fatJar);
        ways.put("extracted", List.of("-jar", extracted.toString()));
        ways.put("aot_cache", aot);
        // Options measured, not Convene's defaults (decision 0052 says why): every bean created only when first needed,
        // and Hibernate checking the schema (as before 0052).
        ways.put("aot_cache_lazy", concat(aot, "--spring.main.lazy-initialization=true"));
        ways.put("aot_cache_schema_validation", concat(aot, "--spring.jpa.hibernate.ddl-auto=validate"));
        // Spring AOT (decision 0052): the bean definitions generated at build time, with the JDK AOT cache trained
        // on it.
        List<String> springAot = springAot(app, extracted);
        ways.put("spring_aot", springAot);
        // Liquibase at every start, as before the schema stamp (decision 0052's second amendment).
        ways.put("spring_aot_liquibase", concat(springAot, "--convene.database.skip-unchanged-changelog=false"));
        // Every bean created only when first needed (an option, measured; decision 0052 says why it is not taken).
        ways.put("spring_aot_lazy", concat(springAot, "--spring.main.lazy-initialization=true"));
        // Hibernate built in line, as before its background start (decision 0052's second amendment).
        ways.put("spring_aot_inline_jpa", concat(springAot, "--convene.database.background-jpa=false"));
        // -Dconvene.coldstart.compare-app=<another build's target/perf/app>: its Spring AOT start, in turns with these.
        String compare = System.getProperty("convene.coldstart.compare-app", "");
        if (!compare.isBlank()) {
            Path other = Path.of(compare);
            List<String> launch = new ArrayList<>(springAot(other, other.resolve(jar.getFileName())));
            // A build before decision 0087 trained its cache without compact object headers: name the option it needs,
            // -Dconvene.coldstart.compare-jvm-option=-XX:-UseCompactObjectHeaders (the JVM takes the last of two).
            String option = System.getProperty("convene.coldstart.compare-jvm-option", "");
            if (!option.isBlank()) {
                launch.addFirst(option);
            }
            ways.put("spring_aot_compare", launch);
        }
        // -Dconvene.coldstart.ways=aot_cache,spring_aot: only these (back-to-back comparisons); all by default.
        String only = System.getProperty("convene.coldstart.ways", "");
        if (!only.isBlank()) {
            ways.keySet().retainAll(List.of(only.split(",")));
        }

        try (EmbeddedDatabaseServer postgres = EmbeddedDatabaseServer.start(
                new EmbeddedDatabaseProperties(folder.resolve("pg").toString(), "convene", 0, false, null, false))) {
            String url = postgres.jdbcUrl(postgres.ensureDatabase("convene", false));
            ProductionJarStart first = once(fatJar, url, List.of());
            System.out.printf(
                    "COLD first start on an empty database (Liquibase migrates it; not counted): ready %d ms%n",
                    first.readyMs);

            Map<String, List<ProductionJarStart>> started = new LinkedHashMap<>();
            ways.keySet().forEach(way -> started.put(way, new ArrayList<>()));
            for (int run = 1; run <= runs; run++) {
                for (var way : ways.entrySet()) {
                    ProductionJarStart start;
                    try {
                        start = once(way.getValue(), url, List.of());
                    } catch (AssertionError failed) {
                        if (!way.getKey().startsWith("aot_cache_") && !way.getKey().startsWith("spring_aot")) {
                            throw failed;
                        }
                        System.out.printf("COLD %s run %d did not start: %s%n", way.getKey(), run, failed.getMessage());
                        continue;
                    }
                    System.out.printf("COLD %s run %d: ready %d ms, first page %d ms; at ready %s%s%n", way.getKey(),
                            run, start.readyMs, start.firstPageMs, start.cpuAtReady, start.announced ? ""
                                    : " (no \"" + ProductionJarStart.STARTED + "\" in its log: up to 0.5 s late)");
                    started.get(way.getKey()).add(start);
                }
            }
            started.forEach(ColdStartBenchmarkIT::printFigures);
            started.values().stream().flatMap(List::stream).mapToLong(s -> s.readyMs).min().ifPresent(fastest ->
                    System.out.printf("COLD issue 19's target (ready within 4,000 ms): %s%n",
                            fastest <= 4000 ? "met" : "not met"));

            if (ways.containsKey("spring_aot")) {
                refusals(ways.get("spring_aot"), url);
            }
            if (ways.containsKey("aot_cache")) {
                profile(ways.get("aot_cache"), url);
            }
            if (ways.containsKey("spring_aot")) {
                profileToFile(ways.get("spring_aot"), url);
            }
        }
    }

    /**
     * Best to ready and to the first page, median to ready; the median CPU each kind of thread had used at ready, and
     * how many cores its threads kept busy on average until then (near the machine's count: the start was bound by
     * the CPU, not by waiting).
     */
    private static void printFigures(String way, List<ProductionJarStart> starts) {
        if (starts.isEmpty()) {
            return;
        }
        String name = way.equals("aot_cache") ? "" : "_" + way;
        System.out.printf("PERF cold_start%s_ms %d ms%n", name, best(starts, s -> s.readyMs));
        System.out.printf("PERF cold_start%s_first_page_ms %d ms%n", name, best(starts, s -> s.firstPageMs));
        System.out.printf("PERF cold_start%s_median_ms %d ms%n", name, median(starts, s -> s.readyMs));
        if (!starts.getFirst().cpuAtReady.known()) {
            return;
        }
        for (String kind : ThreadCpu.KINDS) {
            System.out.printf("PERF cold_start%s_cpu_%s_ms %d ms%n", name, kind,
                    median(starts, s -> s.cpuAtReady.ms(kind)));
        }
        // CPU used per millisecond to ready, in thousandths of a core
        Perf.report("cold_start" + name + "_cores_busy",
                median(starts, s -> s.cpuAtReady.total() * 1000 / s.readyMs) / 1000.0, "cores");
    }

    private static long best(List<ProductionJarStart> starts, ToLongFunction<ProductionJarStart> f) {
        return starts.stream().mapToLong(f).min().orElseThrow();
    }

    /** The middle value (the upper one of an even count). */
    private static long median(List<ProductionJarStart> starts, ToLongFunction<ProductionJarStart> f) {
        long[] sorted = starts.stream().mapToLong(f).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static List<String> concat(List<String> launch, String argument) {
        List<String> all = new ArrayList<>(launch);
        all.add(argument);
        return all;
    }

    private ProductionJarStart once(List<String> launch, String url, List<String> extra) throws Exception {
        try (ProductionJarStart start = ProductionJarStart.start(launch, url, folder, extra)) {
            start.awaitReady();
            assertThat(start.readiness).contains("\"status\":\"UP\"");
            assertThat(start.firstPage).as("the home page, rendered in the first answer").startsWith("200 ")
                    .contains("window.Vaadin");
            assertThat(start.output()).as("production mode, no Keycloak started")
                    .contains("Vaadin is running in production mode").doesNotContain("Starting Keycloak from");
            if (launch.contains("-Dspring.aot.enabled=true")) {
                assertThat(start.output()).as("the context from Spring AOT's generated code")
                        .contains("Starting AOT-processed ConveneApplication");
            }
            return start;
        }
    }

    /**
     * The Spring-AOT-processed jar still refuses what it must (decision 0052): the demo's client secret
     * (ProductionRefusals, a bean created at start), and settings that would have chosen other beans than the build's
     * (AotSettings, before any bean).
     */
    private void refusals(List<String> launch, String url) throws Exception {
        try (ProductionJarStart start = ProductionJarStart.start(launch, url, folder,
                List.of("--convene.keycloak.client-secret=convene-dev-secret"))) {
            assertThat(start.awaitRefusal()).contains("Convene refuses to start in production with demo settings")
                    .contains("the client secret is the demo's");
        }
        try (ProductionJarStart start = ProductionJarStart.start(launch, url, folder,
                List.of("--convene.scheduling.enabled=false"))) {
            assertThat(start.awaitRefusal()).contains("Convene refuses this AOT-processed start")
                    .contains("convene.scheduling.enabled: false now, true when the jar was built");
        }
        System.out.println("COLD spring_aot refuses the demo's client secret and settings other than the build's");
    }

    /** The same for the Spring-AOT-processed start, whose steps go to a file (it has no {@code startup} endpoint). */
    private void profileToFile(List<String> launch, String url) throws Exception {
        Path file = folder.resolve("steps.tsv");
        List<String> recording = new ArrayList<>(launch);
        recording.addFirst("-Dconvene.startup.record.file=" + file);
        recording.addFirst("-Dconvene.startup.record=true");
        // -Dconvene.coldstart.jfr=<file>: a flight recording of this start too (where a step's time goes).
        String jfr = System.getProperty("convene.coldstart.jfr", "");
        if (!jfr.isBlank()) {
            // The JDK refuses an AOT cache when JFR's module is added at run time only: this start goes without it.
            recording.removeIf(option -> option.startsWith("-XX:AOT"));
            recording.addFirst("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
        }
        try (ProductionJarStart start = ProductionJarStart.start(recording, url, folder, List.of())) {
            start.awaitReady();
            for (int wait = 0; wait < 100 && !Files.exists(file); wait++) {
                Thread.sleep(100);
            }
            print("spring_aot", start.readyMs, StartupSteps.parseLines(Files.readAllLines(file)));
            // -Dconvene.coldstart.steps=<file>: keep every recorded step (the folder above is removed).
            String keep = System.getProperty("convene.coldstart.steps", "");
            if (!keep.isBlank()) {
                Path kept = Path.of(keep).toAbsolutePath();
                Files.createDirectories(kept.getParent());
                Files.copy(file, kept, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void print(String way, long readyMs, StartupSteps steps) {
        System.out.printf("COLD recorded %s start: ready %d ms; %d steps, %d ms in top-level steps%n", way, readyMs,
                steps.steps().size(), steps.totalMs());
        steps.ownTimeByName().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(8).forEach(e -> System.out.printf("COLD %s own time %-45s %6d ms%n", way, e.getKey(),
                        e.getValue()));
        steps.slowestOwnTime(25).forEach(s -> System.out.printf("COLD %s step %-32s %-60s %6d ms own, %6d ms%n", way,
                s.name(), s.subject(), s.selfMs(), s.ms()));
    }

    private static List<String> springAot(Path app, Path extracted) {
        return List.of("-XX:AOTCache=" + app.resolve("convene-spring-aot.aot"), "-XX:AOTMode=on",
                "-Dspring.aot.enabled=true", "-jar", extracted.toString());
    }

    /** One more start, recording Spring's steps; prints the slowest by own time. */
    private void profile(List<String> launch, String url) throws Exception {
        List<String> recording = new ArrayList<>(launch);
        recording.addFirst("-Dconvene.startup.record=true");
        try (ProductionJarStart start = ProductionJarStart.start(recording, url, folder,
                List.of("--management.endpoints.web.exposure.include=health,startup"))) {
            start.awaitReady();
            var answer = start.get("/actuator/startup");
            assertThat(answer).isNotNull();
            assertThat(answer.statusCode()).isEqualTo(200);
            print("aot_cache", start.readyMs, StartupSteps.parse(answer.body()));
        }
    }
}
