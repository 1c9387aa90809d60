package dk.planspor.plans.admin;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The write endpoints of {@link AuthorizationMatrixTest} that no role gates: open to everyone, or to any signed-in user. */
final class OpenWrites {

    private OpenWrites() {
    }

    /** Write endpoints open to everyone by design (each with its own test of its rules). */
    static final Set<String> PUBLIC = Set.of(
            "POST /{lang:da|en}/signup", // SignupTest: verification mail, double submit, bad input
            // PasswordResetTest: the mailed single-use token is the authorisation; rate limits; no account enumeration
            "POST /{lang:da|en}/login/forgot",
            "POST /{lang:da|en}/login/reset",
            "POST /{lang:da|en}/unsubscribe", // NotificationsTest: the token in the mail is the authorisation
            // consultation: ConsultationPagesTest, SubmissionSecurityTest (idempotency, deadline, rate limit, uploads)
            "POST /{lang:da|en}/consultations/{slug}/respond",
            "POST /{lang:da|en}/consultations/delete",
            "POST /api/v1/consultations/{slug}/responses");

    /** Write endpoints for any signed-in user, on their own things (anonymous callers are sent to the login). */
    static Map<String, Supplier<MockHttpServletRequestBuilder>> signedIn() {
        Map<String, Supplier<MockHttpServletRequestBuilder>> m = new LinkedHashMap<>();
        m.put("POST /{lang:da|en}/follows", () -> post("/da/follows").param("kind", "PLAN").param("key", AuthorizationMatrixTest.SLUG));
        m.put("POST /{lang:da|en}/follows/delivery", () -> post("/da/follows/delivery").param("delivery", "DAILY"));
        m.put("POST /{lang:da|en}/follows/{id}/delete", () -> post("/da/follows/0/delete"));
        // the current password is required (PasswordResetTest); a wrong one changes nothing
        m.put("POST /{lang:da|en}/account/password", () -> post("/da/account/password").param("current", "forkert-forkert")
                .param("password", "Matrix-Ny-Adgang-2026").param("repeat", "Matrix-Ny-Adgang-2026"));
        return m;
    }
}
