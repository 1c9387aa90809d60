package dk.planspor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through OpenID Connect against a real OIDC server started inside the test
 * (no.nav.security:mock-oauth2-server): the provider says who the person is, the Planspor account
 * decides what they may do, and a person without an account is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class OidcLoginTest {

    static final MockOAuth2Server OIDC = new MockOAuth2Server();

    static {
        OIDC.start();
    }

    @AfterAll
    static void stop() {
        OIDC.shutdown();
    }

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.mitid.client-id", () -> "planspor");
        registry.add(prefix + "registration.mitid.client-secret", () -> "hemmelig");
        registry.add(prefix + "registration.mitid.scope", () -> "openid,email,profile");
        registry.add(prefix + "registration.mitid.client-name", () -> "MitID Erhverv (test)");
        registry.add(prefix + "provider.mitid.issuer-uri", () -> OIDC.issuerUrl("mitid").toString());
    }

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Follows the redirects of the authorization-code flow from Planspor to the provider and back. */
    private String signIn(String email) throws Exception {
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback("mitid", "cvr-12345678-" + email, "JWT", List.of("planspor"),
                Map.of("email", email, "name", "Test Person"), 3600));
        String url = "http://localhost:" + port + "/oauth2/authorization/mitid";
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> r = get(url);
            if (r.statusCode() != 302) {
                return "status " + r.statusCode();
            }
            url = URI.create(url).resolve(r.headers().firstValue("Location").orElseThrow()).toString();
            if (url.startsWith("http://localhost:" + port + "/da/") && !url.contains("/oauth2/")) {
                return url.substring(("http://localhost:" + port).length());
            }
        }
        return url;
    }

    @Test
    void loginPageOffersTheProvider() throws Exception {
        assertThat(get("http://localhost:" + port + "/da/login").body())
                .contains("Log ind med MitID Erhverv (test)", "/oauth2/authorization/mitid");
    }

    @Test
    void aKnownPersonSignsInAndGetsTheirPlansporRoles() throws Exception {
        if (accounts.byUsername("oidc@sa.test").isEmpty()) {
            accounts.create("oidc@sa.test", "OIDC-redaktør", "rigsarkivet", EnumSet.of(Role.AGENCY_EDITOR),
                    "Kun-Til-Reserve-2026", "test");
        }
        assertThat(signIn("oidc@sa.test")).isEqualTo("/da/admin/");
        HttpResponse<String> admin = get("http://localhost:" + port + "/da/admin/");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("OIDC-redaktør", "Rigsarkivet");
        assertThat(accounts.byUsername("oidc@sa.test").orElseThrow().oidcSubject()).contains("cvr-12345678-oidc@sa.test");
    }

    @Test
    void aPersonWithoutAnAccountIsRefused() throws Exception {
        assertThat(signIn("ukendt@example.test")).isEqualTo("/da/login?error");
        assertThat(get("http://localhost:" + port + "/da/admin/").statusCode()).isEqualTo(302);
    }
}
