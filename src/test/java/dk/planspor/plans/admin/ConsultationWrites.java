package dk.planspor.plans.admin;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.planspor.consultation.ConsultationDesk;
import dk.planspor.identity.Accounts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The consultation module's rows of the authorization matrix: coordinator-only staff writes and moderation. */
final class ConsultationWrites {

    private final ConsultationDesk consultations;
    private final Accounts accounts;

    ConsultationWrites(ConsultationDesk consultations, Accounts accounts) {
        this.consultations = consultations;
        this.accounts = accounts;
    }

    static final String CONSULTATION = "matrix-hoering";

    /** A consultation with one response, for the consultation staff endpoints. */
    java.util.UUID response() {
        if (consultations.find(CONSULTATION).isEmpty()) {
            var who = AdminFixture.principal(accounts, "koordinator@test.dk");
            java.time.Instant now = consultations.now();
            consultations.create(new dk.planspor.consultation.ConsultationEdit(CONSULTATION,
                    dk.planspor.consultation.ConsultationKind.OTHER, "Matrixhøring", null, null, null,
                    now.minusSeconds(3600), now.plusSeconds(86400), null, null, null, null, List.of(), List.of()), who, "Test");
            consultations.open(CONSULTATION, null, who, "Test");
            consultations.submit(CONSULTATION, new dk.planspor.consultation.Submission("matrix", dk.planspor.consultation.ResponseKind.IDEA,
                    "Matrix Borger", null, "matrix@example.test", "Tekst", null, false, "da",
                    List.of(new dk.planspor.consultation.Submission.Upload("bilag.pdf", pdf()))));
        }
        return consultations.responses(consultations.consultation(CONSULTATION), 1).responses().get(0).id();
    }

    /** Moderation: moderators and the coordinator. */
    Map<String, Supplier<MockHttpServletRequestBuilder>> moderation() {
        String base = "/da/admin/consultations/" + CONSULTATION + "/responses/";
        Map<String, Supplier<MockHttpServletRequestBuilder>> m = new LinkedHashMap<>();
        m.put("POST /{lang:da|en}/admin/consultations/{slug}/responses/{id}/redact", () -> post(base + response() + "/redact")
                .param("text", "Redigeret " + System.nanoTime()).param("reason", "Persondata"));
        m.put("POST /{lang:da|en}/admin/consultations/{slug}/responses/{id}/hide", () -> post(base + response() + "/hide")
                .param("reason", ""));
        m.put("POST /{lang:da|en}/admin/consultations/{slug}/responses/{id}/attachments/{attachment}/withhold", () -> {
            java.util.UUID id = response();
            long attachment = consultations.response(id).attachments().get(0).id();
            return post(base + id + "/attachments/" + attachment + "/withhold").param("reason", "");
        });
        return m;
    }

    private static byte[] pdf() {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Staff writes only the coordinator may make. */
    Map<String, Supplier<MockHttpServletRequestBuilder>> coordinatorOnly() {
        Map<String, Supplier<MockHttpServletRequestBuilder>> m = new LinkedHashMap<>();
        String cbase = "/da/admin/consultations/";
        m.put("POST /{lang:da|en}/admin/consultations/new", () -> post(cbase + "new").param("slug", "matrix-" + System.nanoTime())
                .param("kind", "OTHER").param("titleDa", "Ny matrixhøring").param("opensAt", "2030-01-01T10:00")
                .param("deadline", "2030-02-01T10:00").param("reason", "Forsøg"));
        m.put("POST /{lang:da|en}/admin/consultations/{slug}/edit", () -> {
            response();
            var c = consultations.consultation(CONSULTATION);
            return post(cbase + CONSULTATION + "/edit").param("version", String.valueOf(c.version())).param("slug", CONSULTATION)
                    .param("kind", "OTHER").param("titleDa", "Omdøbt " + System.nanoTime()).param("opensAt", "2020-01-01T10:00")
                    .param("deadline", "2040-02-01T10:00").param("reason", "Forsøg");
        });
        m.put("POST /{lang:da|en}/admin/consultations/{slug}/timeline", () -> {
            response();
            return post(cbase + CONSULTATION + "/timeline").param("reason", "Forsøg");
        });
        m.put("POST /{lang:da|en}/admin/consultations/{slug}/open", () -> {
            response();
            return post(cbase + CONSULTATION + "/open").param("reason", "Forsøg");
        });
        m.put("POST /{lang:da|en}/admin/consultations/{slug}/late", () -> {
            response();
            return post(cbase + CONSULTATION + "/late").param("accept", "false").param("reason", "Forsøg");
        });
        m.put("POST /{lang:da|en}/admin/consultations/{slug}/responses/{id}/disposition", () -> post(cbase + CONSULTATION
                + "/responses/" + response() + "/disposition").param("disposition", "NOT_INCLUDED").param("reason", "Forsøg"));
        return m;
    }
}
