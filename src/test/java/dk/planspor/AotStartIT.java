package dk.planspor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged jar the way production does (README, "Running in production"): with the ahead-of-time
 * generated bean definitions ({@code -Dspring.aot.enabled=true}). AOT fixes the bean definitions when the jar is
 * built, so this checks that what must still be decided at run time is: the embedded database by default, the
 * external one when {@code SPRING_DATASOURCE_URL} is set, the mail server and the OpenID Connect providers.
 */
class AotStartIT {

    private static final Path JAR = Path.of("target/planspor.jar");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new CookieManager()).build();

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void startsWithTheEmbeddedDatabaseAndHonoursMailAndSignInSetAtRunTime() throws Exception {
        Path dataDir = Path.of("target/test-db/aot-" + UUID.randomUUID()).toAbsolutePath();
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (App app = App.start(dataDir, Map.ofEntries(
                Map.entry("SPRING_MAIL_HOST", "127.0.0.1"),
                Map.entry("SPRING_MAIL_PORT", String.valueOf(smtp.getSmtp().getPort())),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_MITID_CLIENT_ID", "planspor"),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_MITID_CLIENT_SECRET", "secret"),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_MITID_CLIENT_NAME", "MitID Erhverv"),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_MITID_SCOPE", "openid,email"),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_MITID_AUTHORIZATION_GRANT_TYPE", "authorization_code"),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_MITID_REDIRECT_URI",
                        "{baseUrl}/login/oauth2/code/{registrationId}"),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_MITID_AUTHORIZATION_URI", "https://issuer.test/authorize"),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_MITID_TOKEN_URI", "https://issuer.test/token"),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_MITID_JWK_SET_URI", "https://issuer.test/jwks")))) {
            app.awaitUp();
            assertThat(app.log()).contains("Starting AOT-processed PlansporApplication");
            assertThat(get(app, "/da/plans/2017-2019").body()).contains("2017-2019");
            assertThat(get(app, "/api/v1/plans").body()).contains("\"2017-2019\"");

            assertThat(get(app, "/da/login").body()).as("the OIDC provider set at run time is offered")
                    .contains("/oauth2/authorization/mitid", "MitID Erhverv");
            HttpResponse<String> toProvider = http.send(HttpRequest.newBuilder(
                    URI.create(app.base + "/oauth2/authorization/mitid")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(toProvider.statusCode()).isEqualTo(302);
            assertThat(toProvider.headers().firstValue("Location")).get(STRING).startsWith("https://issuer.test/authorize?");

            // The mail server set at run time is used: a sign-up mails its verification link.
            String form = get(app, "/da/signup").body();
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
            assertThat(csrf.find()).isTrue();
            String body = "_csrf=" + enc(csrf.group(1)) + "&email=" + enc("aot@example.test") + "&displayName=Aot"
                    + "&password=" + enc("Aaben-Forvaltning-2026") + "&terms=true";
            HttpResponse<String> signedUp = http.send(HttpRequest.newBuilder(URI.create(app.base + "/da/signup"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedUp.statusCode()).isEqualTo(200);
            assertThat(smtp.waitForIncomingEmail(30_000, 1)).as("the verification mail arrives").isTrue();
            assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("aot@example.test");
        } finally {
            smtp.stop();
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
    }

    @Test
    void usesTheExternalDatabaseWhenOneIsConfiguredAtRunTime() throws Exception {
        Path dir = Path.of("target/test-db/aot-external-" + UUID.randomUUID());
        Path unused = Path.of("target/test-db/aot-unused-" + UUID.randomUUID()).toAbsolutePath();
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dir).start()) {
            try (App app = App.start(unused, Map.of(
                    "SPRING_DATASOURCE_URL", external.getJdbcUrl("postgres", "postgres"),
                    "SPRING_DATASOURCE_USERNAME", "postgres"))) {
                app.awaitUp();
                assertThat(get(app, "/api/v1/plans").body()).contains("\"2017-2019\"");
            }
            assertThat(unused).as("no embedded server was started").doesNotExist();
            try (var c = external.getPostgresDatabase().getConnection();
                    var rs = c.createStatement().executeQuery("select count(*) from plan")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the record was written to the external server").isEqualTo(5);
            }
        }
    }

    private HttpResponse<String> get(App app, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(app.base + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response;
    }

    /** The jar running in its own JVM, as it would in production. */
    private record App(Process process, Path logFile, String base, HttpClient http) implements AutoCloseable {

        static App start(Path dataDir, Map<String, String> env) throws IOException {
            assertThat(JAR).as("the packaged jar (run through mvn verify)").exists();
            int port = freePort();
            Path logFile = Files.createTempFile("aot-start", ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-Dspring.aot.enabled=true", "-jar", JAR.toString(),
                    "--server.port=" + port, "--planspor.pg-binaries-dir=target/pg-binaries"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            builder.environment().put("PLANSPOR_DATA_DIR", dataDir.toString());
            builder.environment().remove("SPRING_DATASOURCE_URL");
            builder.environment().putAll(env);
            return new App(builder.start(), logFile, "http://127.0.0.1:" + port,
                    HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        }

        void awaitUp() throws Exception {
            Instant until = Instant.now().plus(Duration.ofMinutes(4));
            while (Instant.now().isBefore(until)) {
                assertThat(process.isAlive()).as("the app is running; its log:%n%s", log()).isTrue();
                try {
                    var response = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            throw new AssertionError("not UP within 4 minutes; log:\n" + log());
        }

        String log() throws IOException {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
