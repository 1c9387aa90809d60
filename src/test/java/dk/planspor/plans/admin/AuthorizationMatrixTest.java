package dk.planspor.plans.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.planspor.identity.Accounts;
import dk.planspor.plans.Commitment;
import dk.planspor.plans.PlanCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write endpoint × every role, plus anonymous users. Refused requests change nothing in the
 * database. The test fails when a write endpoint exists that is not in the matrix.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTest {

    /** Its own plan: the matrix overwrites fields, which the editing tests must not see. */
    static final String SLUG = "9301-9302";

    /** Who may write: a commitment of their own agency ("own") and of another agency ("other"). */
    enum Who {
        ANONYMOUS(null, false, false),
        PARTICIPANT("borger@test.dk", false, false),
        MODERATOR("moderator@test.dk", false, false),
        FORUM_CHAIR("chair@test.dk", false, false),
        AGENCY_EDITOR("editor@sa.test", true, false),
        COORDINATOR("koordinator@test.dk", true, true);

        final String email;
        final boolean mayEditOwn;
        final boolean mayEditOther;

        Who(String email, boolean mayEditOwn, boolean mayEditOther) {
            this.email = email;
            this.mayEditOwn = mayEditOwn;
            this.mayEditOther = mayEditOther;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Every write endpoint, with how to build a valid request to it for a commitment number. */
    private Map<String, Function<String, MockHttpServletRequestBuilder>> matrix() {
        String base = "/da/admin/plans/" + SLUG + "/commitments/";
        Map<String, Function<String, MockHttpServletRequestBuilder>> m = new LinkedHashMap<>();
        m.put("POST /{lang:da|en}/admin/plans/{slug}/commitments/{number}", n -> {
            Commitment c = catalog.commitment(SLUG, n);
            return post(base + n).param("version", String.valueOf(c.version())).param("titleDa", "Overtaget titel " + System.nanoTime())
                    .param("reason", "Forsøg");
        });
        m.put("POST /{lang:da|en}/admin/plans/{slug}/commitments/{number}/milestones", n -> post(base + n + "/milestones")
                .param("version", String.valueOf(catalog.commitment(SLUG, n).version()))
                .param("titleDa", "Indsmuglet milepæl").param("start", "2019").param("end", "2020").param("reason", "Forsøg"));
        m.put("POST /{lang:da|en}/admin/plans/{slug}/commitments/{number}/milestones/{id}", n -> {
            Commitment c = catalog.commitment(SLUG, n);
            return post(base + n + "/milestones/" + c.milestones().get(0).id()).param("version", String.valueOf(c.version()))
                    .param("titleDa", "Omdøbt " + System.nanoTime()).param("start", "2019").param("end", "2020").param("reason", "Forsøg");
        });
        m.put("POST /{lang:da|en}/admin/plans/{slug}/commitments/{number}/milestones/{id}/move", n -> {
            Commitment c = catalog.commitment(SLUG, n);
            return post(base + n + "/milestones/" + c.milestones().get(1).id() + "/move").param("direction", "-1")
                    .param("version", String.valueOf(c.version())).param("reason", "Forsøg");
        });
        m.put("POST /{lang:da|en}/admin/plans/{slug}/commitments/{number}/milestones/{id}/delete", n -> {
            Commitment c = catalog.commitment(SLUG, n);
            return post(base + n + "/milestones/" + c.milestones().get(0).id() + "/delete")
                    .param("version", String.valueOf(c.version())).param("reason", "Forsøg");
        });
        m.put("POST /{lang:da|en}/admin/plans/{slug}/commitments/{number}/ogp", n -> post(base + n + "/ogp")
                .param("version", String.valueOf(catalog.commitment(SLUG, n).version()))
                .param("policyAreas", dk.planspor.plans.PolicyArea.all().get(AREA_TURN.getAndIncrement() % 80).code())
                .param("reason", "Forsøg"));
        return m;
    }

    @Autowired
    dk.planspor.importer.DocumentImporter importer;

    @Autowired
    dk.planspor.importer.OgpSheetImporter ogpImporter;

    /** Each OGP classification request a different area than the one before, so a permitted one always changes something. */
    private static final java.util.concurrent.atomic.AtomicInteger AREA_TURN = new java.util.concurrent.atomic.AtomicInteger();

    private static final byte[] OGP_SHEET = ("Commitment Unique Identifier,Code,Action Plan Number,Commitment Number,"
            + "Year Of Submission,Action Plan End Year,Commitment Title,Action Plan ID\n"
            + "ZX0001,ZZX,1,1,9871,9872,Matrix commitment,AP_ZZX01\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Autowired
    dk.planspor.consultation.ConsultationDesk consultations;

    private ConsultationWrites consultationWrites() {
        return new ConsultationWrites(consultations, accounts);
    }

    private java.util.UUID consultationResponse() {
        return consultationWrites().response();
    }

    private Map<String, java.util.function.Supplier<MockHttpServletRequestBuilder>> moderation() {
        return consultationWrites().moderation();
    }

    @Test
    void moderatorsAndTheCoordinatorModerate() throws Exception {
        for (Who who : Who.values()) {
            for (var row : moderation().entrySet()) {
                MockHttpServletRequestBuilder request = row.getValue().get().with(csrf());
                if (who.email != null) {
                    request = request.with(user(AdminFixture.principal(accounts, who.email)));
                }
                String before = consultations.response(consultationResponse()).publicBody();
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                assertThat(status).as(who + " → " + row.getKey()).isEqualTo(
                        who == Who.COORDINATOR || who == Who.MODERATOR || who == Who.ANONYMOUS ? 302 : 403);
                if (who != Who.COORDINATOR && who != Who.MODERATOR) {
                    assertThat(consultations.response(consultationResponse()).publicBody()).as(who + " changes nothing").isEqualTo(before);
                }
            }
        }
    }

    /**
     * Write endpoints every signed-in user may use on their own things (their follows); anonymous callers are sent to
     * the login. Ownership rules are tested with each module.
     */
    @Test
    void signedInWritesSendAnonymousCallersToTheLogin() throws Exception {
        for (var row : OpenWrites.signedIn().entrySet()) {
            mvc.perform(row.getValue().get().with(csrf()))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/da/login"));
            int status = mvc.perform(row.getValue().get().with(csrf())
                    .with(user(AdminFixture.principal(accounts, "borger@test.dk")))).andReturn().getResponse().getStatus();
            assertThat(status).as("participant → " + row.getKey()).isNotEqualTo(403);
        }
    }

    /** Write endpoints only the coordinator may use (not tied to one commitment). */
    private Map<String, java.util.function.Supplier<org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?>>> coordinatorOnly() {
        Map<String, java.util.function.Supplier<org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?>>> m = new LinkedHashMap<>();
        m.put("POST /{lang:da|en}/admin/import", () -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/da/admin/import").file(new org.springframework.mock.web.MockMultipartFile("file", "004.txt",
                        "text/plain", seed())));
        m.put("POST /{lang:da|en}/admin/import/{token}", () -> {
            try {
                var upload = importer.upload(seed(), "004.txt", "test");
                return post("/da/admin/import/" + upload.token());
            } catch (dk.planspor.importer.ImportException e) {
                throw new IllegalStateException(e);
            }
        });
        m.put("POST /{lang:da|en}/admin/import/ogp", () -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/da/admin/import/ogp").file(new org.springframework.mock.web.MockMultipartFile("file", "matrix.csv",
                        "text/csv", OGP_SHEET)).param("member", "ZZX"));
        m.put("POST /{lang:da|en}/admin/import/ogp/{token}", () -> {
            try {
                var upload = ogpImporter.upload(OGP_SHEET, "matrix.csv", "ZZX", "test");
                return post("/da/admin/import/ogp/" + upload.token());
            } catch (dk.planspor.importer.ImportException e) {
                throw new IllegalStateException(e);
            }
        });
        m.put("POST /{lang:da|en}/admin/plans/{slug}/edit", () -> post("/da/admin/plans/" + SLUG + "/edit")
                .param("version", String.valueOf(catalog.findPlan(SLUG).orElseThrow().version()))
                .param("titleDa", "Omdøbt plan " + System.nanoTime()).param("periodFrom", "2017-07-01")
                .param("periodTo", "2019-06-30").param("state", "CLOSED").param("reason", "Forsøg"));
        m.put("POST /{lang:da|en}/admin/users", () -> post("/da/admin/users")
                .param("email", "ny" + System.nanoTime() + "@matrix.test").param("displayName", "Ny bruger")
                .param("roles", "MODERATOR").param("password", "Matrix-Adgang-Test-2026"));
        m.put("POST /{lang:da|en}/admin/users/{id}", () -> post("/da/admin/users/"
                + accounts.byUsername("moderator@test.dk").orElseThrow().id())
                .param("roles", "MODERATOR").param("enabled", "true"));
        m.put("POST /{lang:da|en}/admin/organisations", () -> post("/da/admin/organisations")
                .param("nameDa", "Matrixstyrelsen " + System.nanoTime()).param("kind", "AGENCY"));
        consultationWrites().coordinatorOnly().forEach((k, v) -> m.put(k, v::get));
        m.put("POST /{lang:da|en}/admin/assessments", () -> post("/da/admin/assessments")
                .param("plan", freshPlan()).param("kind", "FINAL").param("deadline", catalog.today().plusDays(30).toString()));
        m.put("POST /{lang:da|en}/admin/assessments/{slug}/{kind:midterm|final}/freeze", () -> {
            String plan = freshPlan();
            assessments.open(plan, dk.planspor.assessment.RoundKind.FINAL, catalog.today().plusDays(30), coordinator());
            return post("/da/admin/assessments/" + plan + "/final/freeze");
        });
        m.put("POST /{lang:da|en}/admin/assessments/{slug}/{kind:midterm|final}/texts", () -> {
            String plan = freshPlan();
            assessments.open(plan, dk.planspor.assessment.RoundKind.FINAL, catalog.today().plusDays(30), coordinator());
            return post("/da/admin/assessments/" + plan + "/final/texts").param("backgroundDa", "Baggrund.");
        });
        m.put("POST /{lang:da|en}/admin/assessments/{slug}/{kind:midterm|final}/comment", () -> {
            String plan = freshPlan();
            assessments.open(plan, dk.planspor.assessment.RoundKind.FINAL, catalog.today().plusDays(30), coordinator());
            return post("/da/admin/assessments/" + plan + "/final/comment");
        });
        m.put("POST /{lang:da|en}/admin/assessments/{slug}/{kind:midterm|final}/publish", () -> {
            String plan = freshPlan();
            assessments.open(plan, dk.planspor.assessment.RoundKind.FINAL, catalog.today().plusDays(30), coordinator());
            assessments.freeze(plan, dk.planspor.assessment.RoundKind.FINAL, coordinator());
            return post("/da/admin/assessments/" + plan + "/final/publish").param("confirmMissingEnglish", "true");
        });
        return m;
    }

    @Autowired
    dk.planspor.assessment.SelfAssessments assessments;

    private String freshPlan() {
        String slug = "93" + (System.nanoTime() % 100) + "-" + System.nanoTime() % 100000;
        catalog.definePlan(slug, dk.planspor.platform.LocalizedText.of("Matrixplan", "Matrix plan"),
                java.time.LocalDate.of(2030, 1, 1), java.time.LocalDate.of(2031, 12, 31), dk.planspor.plans.PlanState.ADOPTED);
        return slug;
    }

    private dk.planspor.identity.PlansporUser coordinator() {
        return AdminFixture.principal(accounts, "koordinator@test.dk");
    }

    /** Owners answer in a self-assessment round: editors of the lead agency and the coordinator. */
    static final String ANSWER = "POST /{lang:da|en}/admin/assessments/{slug}/{kind:midterm|final}/{number}";

    @Test
    void onlyOwnersAnswerForTheirCommitmentsInARound() throws Exception {
        var kind = dk.planspor.assessment.RoundKind.MIDTERM;
        if (assessments.round(SLUG, kind).isEmpty()) {
            assessments.open(SLUG, kind, catalog.today().plusDays(30), coordinator());
        }
        for (Who who : Who.values()) {
            for (String number : List.of(AdminFixture.OWN, AdminFixture.OTHER)) {
                boolean allowed = AdminFixture.OWN.equals(number) ? who.mayEditOwn : who.mayEditOther;
                String before = answerState(number);
                MockHttpServletRequestBuilder request = post("/da/admin/assessments/" + SLUG + "/midterm/" + number)
                        .param("completion", "SUBSTANTIAL").param("resultsDa", "Svar " + System.nanoTime())
                        .param("action", "draft").with(csrf());
                if (who.email != null) {
                    request = request.with(user(AdminFixture.principal(accounts, who.email)));
                }
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                String label = who + " → " + ANSWER + " on " + number;
                if (allowed) {
                    assertThat(status).as(label).isEqualTo(302);
                    assertThat(answerState(number)).as(label + " must take effect").isNotEqualTo(before);
                } else {
                    assertThat(status).as(label).isIn(who == Who.ANONYMOUS ? List.of(302) : List.of(403));
                    assertThat(answerState(number)).as(label + " must change nothing").isEqualTo(before);
                }
            }
        }
    }

    private String answerState(String number) {
        return assessments.progress(SLUG, dk.planspor.assessment.RoundKind.MIDTERM).stream()
                .filter(p -> p.number().equals(number)).map(p -> p.status() + "|" + p.updatedAt()).findFirst().orElseThrow();
    }

    private static byte[] seed() {
        try (var in = new org.springframework.core.io.ClassPathResource("seed/sources/004_270ecd8201d8a2bf.txt").getInputStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void onlyTheCoordinatorImportsDocuments() throws Exception {
        for (Who who : Who.values()) {
            for (var row : coordinatorOnly().entrySet()) {
                org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request = row.getValue().get().with(csrf());
                if (who.email != null) {
                    request = request.with(user(AdminFixture.principal(accounts, who.email)));
                }
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                assertThat(status).as(who + " → " + row.getKey())
                        .isEqualTo(who == Who.COORDINATOR || who == Who.ANONYMOUS ? 302 : 403);
            }
        }
    }

    @BeforeEach
    void fixture() {
        AdminFixture.ensure(catalog, accounts, SLUG);
    }

    @Test
    void everyWriteEndpointIsInTheMatrix() {
        Set<String> writes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            boolean write = methods.isEmpty() || methods.stream().anyMatch(x -> x != RequestMethod.GET && x != RequestMethod.HEAD);
            if (write && !method.getBeanType().getName().startsWith("org.springframework")) {
                for (String pattern : info.getPatternValues()) {
                    for (RequestMethod x : methods.isEmpty() ? Set.of(RequestMethod.POST) : methods) {
                        writes.add(x + " " + pattern);
                    }
                }
            }
        });
        Set<String> rows = new TreeSet<>(matrix().keySet());
        rows.addAll(coordinatorOnly().keySet());
        rows.addAll(OpenWrites.PUBLIC);
        rows.addAll(OpenWrites.signedIn().keySet());
        rows.addAll(ForumLibraryWrites.rows(forum, accounts, jdbc).keySet());
        rows.addAll(moderation().keySet());
        rows.add(ANSWER);
        assertThat(rows).as("write endpoints without a row in the authorization matrix").containsAll(writes);
        assertThat(writes).as("matrix rows without an endpoint").containsAll(rows);
    }

    @Test
    void eachRoleMayWriteExactlyWhatItShould() throws Exception {
        for (Who who : Who.values()) {
            for (var row : matrix().entrySet()) {
                for (String number : List.of(AdminFixture.OWN, AdminFixture.OTHER)) {
                    boolean allowed = AdminFixture.OWN.equals(number) ? who.mayEditOwn : who.mayEditOther;
                    String before = snapshot(number);
                    MockHttpServletRequestBuilder request = row.getValue().apply(number).with(csrf());
                    if (who.email != null) {
                        request = request.with(user(AdminFixture.principal(accounts, who.email)));
                    }
                    int status = mvc.perform(request).andReturn().getResponse().getStatus();
                    String label = who + " → " + row.getKey() + " on " + number;
                    if (allowed) {
                        assertThat(status).as(label).isEqualTo(302);
                        assertThat(snapshot(number)).as(label + " must take effect").isNotEqualTo(before);
                    } else {
                        assertThat(status).as(label).isIn(who == Who.ANONYMOUS ? List.of(302) : List.of(403));
                        assertThat(snapshot(number)).as(label + " must change nothing").isEqualTo(before);
                    }
                }
            }
        }
    }

    @Autowired
    dk.planspor.forum.OgpForum forum;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Forum and library writes: signed-in participants, the forum chair, moderators, the coordinator (ForumLibraryWrites). */
    @Test
    void forumAndLibraryWritesFollowTheirRoles() throws Exception {
        var rows = ForumLibraryWrites.rows(forum, accounts, jdbc);
        for (Who who : Who.values()) {
            for (var row : rows.entrySet()) {
                String before = row.getValue().snapshot().get();
                var request = row.getValue().request().get().with(csrf());
                if (who.email != null) {
                    request = request.with(user(AdminFixture.principal(accounts, who.email)));
                }
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                String label = who + " → " + row.getKey();
                boolean allowed = row.getValue().allowed().contains(who);
                assertThat(status).as(label).isEqualTo(allowed || who == Who.ANONYMOUS ? 302 : 403);
                if (allowed) {
                    assertThat(row.getValue().snapshot().get()).as(label + " must take effect").isNotEqualTo(before);
                } else {
                    assertThat(row.getValue().snapshot().get()).as(label + " must change nothing").isEqualTo(before);
                }
            }
        }
    }

    @Test
    void aCraftedRequestWithoutCsrfTokenIsRefused() throws Exception {
        String before = snapshot(AdminFixture.OWN);
        int status = mvc.perform(matrix().values().iterator().next().apply(AdminFixture.OWN)
                .with(user(AdminFixture.principal(accounts, "editor@sa.test")))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(snapshot(AdminFixture.OWN)).isEqualTo(before);
    }

    /** Everything a write could change, as text. */
    private String snapshot(String number) {
        Commitment c = catalog.commitment(SLUG, number);
        StringBuilder s = new StringBuilder(c.version() + "|" + c.title().da() + "|" + c.policyAreas() + "|");
        c.milestones().forEach(m -> s.append(m.id()).append(':').append(m.title().da()).append(':')
                .append(m.end().text()).append(';'));
        return s.toString();
    }
}
