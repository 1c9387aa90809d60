package dk.planspor;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two Planspor nodes (the packaged jar, twice) on one PostgreSQL, the way an agency runs it behind a load balancer:
 * the second node uses the embedded server the first one started in the shared data directory.
 */
class MultiNodeIT {

    static final String ADMIN = "koordinator@example.test";
    static final String PASSWORD = "Aaben-Forvaltning-2026";
    static final String SCRAPE = "scrape-secret-2026";
    static final Map<String, String> ENV = Map.of("PLANSPOR_ADMIN_EMAIL", ADMIN, "PLANSPOR_ADMIN_PASSWORD", PASSWORD,
            "PLANSPOR_METRICS_PASSWORD", SCRAPE);

    private final Path dataDir = Path.of("target/test-db/nodes-" + UUID.randomUUID()).toAbsolutePath();
    private final HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void stopTheDatabase() throws Exception {
        JarNode.stopDatabase(dataDir);
    }

    @Test
    void twoNodesOnOneDatabaseAreOnePlatform() throws Exception {
        // the due-reminder job every 2 seconds, so that three periods pass within the test
        String[] job = {"--planspor.assessment.reminder-cron=*/2 * * * * *", "--planspor.assessment.reminder-lock-at-least=PT1S"};
        GreenMail smtp = new GreenMail(new ServerSetup(JarNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, String> mail = Map.of("SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT", String.valueOf(smtp.getSmtp().getPort()));
        Map<String, String> envA = new java.util.HashMap<>(ENV);
        envA.putAll(mail);
        envA.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs"); // node A writes JSON logs, node B plain ones
        Map<String, String> envB = new java.util.HashMap<>(ENV);
        envB.putAll(mail);
        AutoCloseable mailServer = smtp::stop;
        try (mailServer; JarNode a = JarNode.start("a", dataDir, envA, job).awaitReady();
                JarNode b = JarNode.start("b", dataDir, envB, job).awaitReady()) {
            assertThat(b.log()).as("B uses the server A started").contains("Using the embedded PostgreSQL already running");

            // B has the commitment page and its API answer in its page cache
            String page = "/da/plans/2017-2019/commitments/1.1";
            String api = "/api/v1/plans/2017-2019/commitments/1.1";
            for (int i = 0; i < 3; i++) {
                assertThat(b.get(page).statusCode()).isEqualTo(200);
                assertThat(b.get(api).statusCode()).isEqualTo(200);
            }

            // a coordinator changes the title through node A's staff form
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(2)).build();
            signIn(browser, a);
            String title = "Flere åbne data – ændret på node A " + UUID.randomUUID().toString().substring(0, 8);
            editTitle(browser, a, title);
            // A's log is JSON, one object per line, and the edit's line carries the id of the request that made it
            String audit = a.log().lines().filter(l -> l.contains("of commitment 2017-2019 1.1")).findFirst()
                    .orElseThrow(() -> new AssertionError("no audit line in A's log"));
            var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(audit);
            assertThat(json.path("log").path("level").asString()).isEqualTo("INFO");
            assertThat(json.path("requestId").asString()).as("the request id in %s", audit).matches("[-0-9a-f]{36}");
            long edited = System.nanoTime();
            long freshOnB = awaitContains(b, page, title, Duration.ofSeconds(5));
            long apiOnB = awaitContains(b, api, title, Duration.ofSeconds(5));
            assertThat(Duration.ofNanos(freshOnB - edited)).as("node B's page follows the edit on A").isLessThan(Duration.ofSeconds(1));
            assertThat(Duration.ofNanos(apiOnB - edited)).as("node B's API follows the edit on A").isLessThan(Duration.ofSeconds(1));

            // the session made on A works on B (Spring Session in PostgreSQL)
            HttpResponse<String> staffOnB = browser.send(HttpRequest.newBuilder(URI.create(b.base() + "/da/admin/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(staffOnB.statusCode()).as("signed in on B with A's session").isEqualTo(200);
            assertThat(staffOnB.body()).doesNotContain("name=\"password\"");

            // a submission through B, the same one again through A (a retry), and one through A: two responses
            try (Connection db = JarNode.database(dataDir)) {
                db.createStatement().execute("insert into consultation (slug, kind, title_da, opens_at, deadline, published) "
                        + "values ('to-noder', 'OTHER', 'To noder', now() - interval '1 day', now() + interval '1 day', true)");
            }
            String key = UUID.randomUUID().toString();
            String first = submit(b, "to-noder", key, "Svar gennem node B");
            assertThat(submit(a, "to-noder", key, "Svar gennem node B")).as("the retry through A is the same response")
                    .isEqualTo(first);
            String second = submit(a, "to-noder", UUID.randomUUID().toString(), "Svar gennem node A");
            assertThat(second).isNotEqualTo(first);
            try (Connection db = JarNode.database(dataDir)) {
                db.createStatement().execute("update consultation set deadline = now() - interval '1 minute' where slug = 'to-noder'");
            }
            // each response's receipt is mailed once, though both nodes run the receipt outbox
            assertThat(smtp.waitForIncomingEmail(30_000, 2)).isTrue();
            Thread.sleep(2000);
            assertThat(smtp.getReceivedMessages()).as("two receipts, not three or four").hasSize(2);
            for (JarNode node : List.of(a, b)) {
                String export = node.get("/api/v1/consultations/to-noder/responses.csv").body();
                assertThat(count(export, "Svar gennem node B")).as("B's response once in %s's export", node.name()).isEqualTo(1);
                assertThat(count(export, "Svar gennem node A")).as("A's response once in %s's export", node.name()).isEqualTo(1);
            }

            // metrics: closed without the scrape account, and the platform's own figures move
            assertThat(a.get("/actuator/prometheus").statusCode()).isEqualTo(401);
            String before = scrape(a);
            for (String name : List.of("http_server_requests_seconds_count", "jvm_memory_used_bytes", "hikaricp_connections",
                    "cache=\"public-pages\"", "planspor_outbox_backlog{", "outbox=\"receipts\"",
                    "outbox=\"notifications\"", "planspor_events_outstanding", "planspor_consultation_submissions_total",
                    "planspor_search_seconds_count", "planspor_cluster_listening", "planspor_cache_invalidations_total")) {
                assertThat(before).as("metric %s", name).contains(name);
            }
            assertThat(metric(before, "planspor_cluster_listening")).isEqualTo(1.0);
            assertThat(metric(before, "planspor_consultation_submissions_total")).isEqualTo(1.0);
            assertThat(metric(scrape(b), "planspor_cache_invalidations_total{application=\"planspor\",origin=\"other-node\"}"))
                    .as("B emptied its caches for A's changes").isPositive();
            submit(a, "to-noder-lukket", UUID.randomUUID().toString(), "findes ikke"); // refused: counts nothing
            assertThat(a.get("/da/search?q=data").statusCode()).isEqualTo(200);
            a.get("/da/plans");
            String after = scrape(a);
            assertThat(metric(after, "planspor_search_seconds_count")).isGreaterThan(metric(before, "planspor_search_seconds_count"));
            assertThat(metric(after, "cache_gets_total{application=\"planspor\",cache=\"public-pages\",result=\"miss\"}"))
                    .isGreaterThan(metric(before, "cache_gets_total{application=\"planspor\",cache=\"public-pages\",result=\"miss\"}"));
            assertThat(metric(after, "planspor_consultation_submissions_total")).isEqualTo(1.0);

            // the scheduled job: at least three periods pass, and each ran on one node only
            Instant until = Instant.now().plusSeconds(30);
            List<Instant> runs = runs(a, b);
            while (runs.size() < 4 && Instant.now().isBefore(until)) {
                Thread.sleep(500);
                runs = runs(a, b);
            }
            assertThat(runs).as("the job ran in at least three periods").hasSizeGreaterThanOrEqualTo(4);
            for (int i = 1; i < runs.size(); i++) {
                assertThat(Duration.between(runs.get(i - 1), runs.get(i))).as("runs %s: never two in one period", runs)
                        .isGreaterThan(Duration.ofMillis(1500));
            }
            try (Connection db = JarNode.database(dataDir); var rs = db.createStatement().executeQuery(
                    "select count(*) from event_publication where completion_date is null")) {
                rs.next();
                assertThat(rs.getInt(1)).as("every event publication completed (and removed)").isZero();
            }
            assertThat(a.log() + b.log()).doesNotContain("ERROR");
        }
    }

    @Test
    void killingOneNodeMidLoadLosesNoAcknowledgedSubmission() throws Exception {
        try (JarNode a = JarNode.start("a", dataDir, ENV, "--planspor.consultation.rate-limit=1000000").awaitReady();
                JarNode b = JarNode.start("b", dataDir, ENV, "--planspor.consultation.rate-limit=1000000").awaitReady()) {
            try (Connection db = JarNode.database(dataDir)) {
                db.createStatement().execute("insert into consultation (slug, kind, title_da, opens_at, deadline, published) "
                        + "values ('kill-b', 'OTHER', 'Kill B', now() - interval '1 day', now() + interval '1 day', true)");
            }
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger afterKill = new AtomicInteger();
            AtomicBoolean killed = new AtomicBoolean();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger turn = new AtomicInteger();
            List<JarNode> nodes = List.of(a, b);
            ExecutorService clients = Executors.newFixedThreadPool(16);
            for (int t = 0; t < 16; t++) {
                clients.submit(() -> {
                    while (running.get()) {
                        // round robin; a request the node did not answer goes to the other one, with the same key
                        String key = UUID.randomUUID().toString();
                        int first = turn.getAndIncrement() % 2;
                        for (int attempt = 0; attempt < 2; attempt++) {
                            JarNode node = nodes.get((first + attempt) % 2);
                            try {
                                String id = submit(node, "kill-b", key, "Svar under kill -9");
                                if (id != null) {
                                    acknowledged.add(id);
                                    if (killed.get() && node == a) {
                                        afterKill.incrementAndGet();
                                    }
                                    break;
                                }
                            } catch (Exception gone) {
                                // not answered: try the other node
                            }
                        }
                    }
                    return null;
                });
            }
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (acknowledged.size() < 200 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            b.kill();
            killed.set(true);
            until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (afterKill.get() < 100 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(afterKill.get()).as("node A kept answering after B was killed").isGreaterThanOrEqualTo(100);

            Set<String> stored = new java.util.HashSet<>();
            try (Connection db = JarNode.database(dataDir); var rs = db.createStatement().executeQuery(
                    "select r.id from consultation_response r join consultation c on c.id = r.consultation_id where c.slug = 'kill-b'")) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
            assertThat(stored).as("every acknowledged submission is in the database").containsAll(acknowledged);
            assertThat(a.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        }
    }

    static void signIn(HttpClient browser, JarNode node) throws Exception {
        String form = browser.send(HttpRequest.newBuilder(URI.create(node.base() + "/da/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(node.base() + "/da/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(ADMIN) + "&password=" + enc(PASSWORD)
                        + "&_csrf=" + enc(csrf.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/da/admin/");
    }

    /** Fills the staff form of commitment 1.1 as it is, with a new Danish title and a reason, and sends it. */
    static void editTitle(HttpClient browser, JarNode node, String title) throws Exception {
        String path = "/da/admin/plans/2017-2019/commitments/1.1";
        String html = browser.send(HttpRequest.newBuilder(URI.create(node.base() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Document doc = Jsoup.parse(html, node.base() + path);
        FormElement form = doc.select("form[method=post]").forms().stream()
                .filter(f -> f.select("[name=titleDa]").size() == 1).findFirst().orElseThrow();
        StringBuilder body = new StringBuilder();
        for (var field : form.formData()) {
            String value = switch (field.key()) {
                case "titleDa" -> title;
                case "reason" -> "Test af to noder";
                default -> field.value();
            };
            body.append(body.isEmpty() ? "" : "&").append(enc(field.key())).append('=').append(enc(value));
        }
        if (form.select("[name=reason]").isEmpty()) {
            body.append("&reason=").append(enc("Test af to noder"));
        }
        HttpResponse<String> saved = browser.send(HttpRequest.newBuilder(URI.create(node.base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).as("saved: %s", saved.body()).isEqualTo(302);
    }

    /** Polls until the node's answer for {@code path} contains {@code text}; returns System.nanoTime() then. */
    static long awaitContains(JarNode node, String path, String text, Duration within) throws Exception {
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until) {
            if (node.get(path).body().contains(text)) {
                return System.nanoTime();
            }
            Thread.sleep(10);
        }
        throw new AssertionError(node.name() + " never showed '" + text + "' at " + path);
    }

    /** The id of the stored response (201), or null when refused. */
    static String submit(JarNode node, String slug, String key, String text) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(node.base() + "/api/v1/consultations/" + slug + "/responses")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"To Noder\",\"email\":\"noder@example.test\","
                        + "\"kind\":\"IDEA\",\"text\":\"" + text + "\",\"consentToPublishName\":true}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\":\"([-0-9a-f]{36})\"").matcher(r.body());
        return (r.statusCode() == 201 || r.statusCode() == 200) && id.find() ? id.group(1) : null;
    }

    private String scrape(JarNode node) throws Exception {
        HttpResponse<String> r = plain.send(HttpRequest.newBuilder(URI.create(node.base() + "/actuator/prometheus"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("prometheus:" + SCRAPE)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    /** The value of the first sample whose line starts with {@code series} (a name, or a name with its labels). */
    static double metric(String exposition, String series) {
        return exposition.lines().filter(l -> l.startsWith(series) && (l.charAt(series.length()) == ' '
                        || l.charAt(series.length()) == '{' || l.charAt(series.length()) == ','))
                .findFirst().map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .orElseThrow(() -> new AssertionError("no " + series + " in the metrics"));
    }

    private static List<Instant> runs(JarNode a, JarNode b) throws Exception {
        List<Instant> runs = new ArrayList<>();
        for (String line : (a.log() + "\n" + b.log()).lines().toList()) {
            if (line.contains("Due-reminder job ran on this node")) {
                Matcher json = Pattern.compile("\"@timestamp\":\"([^\"]+)\"").matcher(line);
                runs.add(Instant.parse(json.find() ? json.group(1) : line.substring(0, line.indexOf(' '))));
            }
        }
        return runs.stream().sorted().collect(Collectors.toList());
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
