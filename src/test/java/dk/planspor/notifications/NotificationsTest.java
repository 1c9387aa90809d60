package dk.planspor.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dk.planspor.identity.Accounts;
import dk.planspor.identity.PlansporUser;
import dk.planspor.identity.Role;
import dk.planspor.platform.Lang;
import dk.planspor.platform.LocalizedText;
import dk.planspor.plans.CommitmentAdjusted;
import dk.planspor.plans.CommitmentContent;
import dk.planspor.plans.CommitmentsAdjusted;
import dk.planspor.plans.FieldChange;
import dk.planspor.plans.CommitmentContent.MilestoneContent;
import dk.planspor.plans.Completion;
import dk.planspor.plans.PlanCatalog;
import dk.planspor.plans.PlanState;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Follows and notification mails through a real SMTP server (GreenMail): at once, as a daily digest, one-click
 * unsubscribe, and owner reminders for late milestones and milestones that end within 30 days — each sent once.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3131", "planspor.base-url=https://planspor.test"})
@AutoConfigureMockMvc
class NotificationsTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3131, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    static final String SLUG = "9501-9502";
    static final String PASSWORD = "Folg-Med-Planspor-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    Notifications notifications;
    @Autowired
    NotificationJobs jobs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    dk.planspor.tracking.AdjustmentLedger ledger;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @BeforeEach
    void plan() {
        if (catalog.findPlan(SLUG).isEmpty()) {
            catalog.definePlan(SLUG, LocalizedText.of("Notifikationstest", "Notification test"), LocalDate.now().minusYears(1),
                    LocalDate.now().plusYears(1), PlanState.IN_IMPLEMENTATION);
            catalog.applyImport(SLUG, Lang.DA, List.of(content("Første udgave.")), "Testdata", "test", "test");
        }
    }

    @Test
    void aFollowerGetsOneMailPerAdjustmentWithAOneClickUnsubscribe() throws Exception {
        PlansporUser reader = participant("laeser@example.test");
        mvc.perform(post("/da/follows").with(user(reader)).with(csrf()).param("kind", "COMMITMENT")
                        .param("key", SLUG + "/1.1").param("back", "/da/plans/" + SLUG + "/commitments/1.1"))
                .andExpect(redirectedUrl("/da/plans/" + SLUG + "/commitments/1.1"));
        assertThat(notifications.follows(reader)).extracting(Follow::subjectKey).containsExactly(SLUG + "/1.1");
        // a reader's follows, and any page shown to a signed-in reader (it carries their name), are never stored;
        // the same public page for an anonymous reader is revalidated with its ETag instead
        mvc.perform(get("/da/follows").with(user(reader)))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
        mvc.perform(get("/da/plans/" + SLUG).with(user(reader)))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
        mvc.perform(get("/da/plans/" + SLUG)).andExpect(header().doesNotExist("Cache-Control"))
                .andExpect(header().exists("ETag"));

        adjust("Anden udgave.");
        await().atMost(Duration.ofSeconds(10)).until(() -> pending("laeser@example.test") == 1);
        jobs.sendImmediate();
        MimeMessage m = mailTo("laeser@example.test", 1).get(0);
        assertThat(m.getSubject()).isEqualTo("Initiativ 1.1 i handlingsplan " + SLUG + " er justeret");
        String text = m.getContent().toString();
        assertThat(text).contains("Begrundelse: Test af notifikation", "https://planspor.test/da/plans/" + SLUG + "/commitments/1.1/history");
        String unsubscribe = m.getHeader("List-Unsubscribe")[0];
        assertThat(m.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(text).contains(unsubscribe.substring(1, unsubscribe.length() - 1));

        jobs.sendImmediate();
        assertThat(mailTo("laeser@example.test", 1)).as("a sent notification is not sent again").hasSize(1);

        // the mail program's one-click POST: no login, no CSRF token, only the token in the link
        String path = unsubscribe.substring("<https://planspor.test".length(), unsubscribe.length() - 1);
        mvc.perform(post(path).param("List-Unsubscribe", "One-Click")).andExpect(status().isOk());
        adjust("Tredje udgave.");
        Thread.sleep(1500);
        jobs.sendImmediate();
        assertThat(pending("laeser@example.test")).isZero();
        assertThat(mailTo("laeser@example.test", 1)).as("nothing after unsubscribing").hasSize(1);
        mvc.perform(post("/da/unsubscribe").param("token", "not-a-token")).andExpect(status().isNotFound());
    }

    @Test
    void aDailySubscriberGetsOneDigestWithEveryChange() throws Exception {
        PlansporUser reader = participant("daglig@example.test");
        mvc.perform(post("/en/follows").with(user(reader)).with(csrf()).param("kind", "PLAN").param("key", SLUG))
                .andExpect(redirectedUrl("/en/follows"));
        mvc.perform(post("/en/follows/delivery").with(user(reader)).with(csrf()).param("delivery", "DAILY"))
                .andExpect(redirectedUrl("/en/follows"));

        adjust("Digest et.");
        adjust("Digest to.");
        await().atMost(Duration.ofSeconds(10)).until(() -> pending("daglig@example.test") == 2);
        jobs.sendImmediate();
        assertThat(mailTo("daglig@example.test", 0)).isEmpty();
        jobs.sendDigests();
        List<MimeMessage> digest = mailTo("daglig@example.test", 1);
        assertThat(digest.get(0).getSubject()).isEqualTo("Planspor: 2 change(s) in what you follow");
        jobs.sendDigests();
        assertThat(mailTo("daglig@example.test", 1)).hasSize(1);
    }

    @Test
    void followingNeedsASignedInUserAndSomethingThatExists() throws Exception {
        mvc.perform(post("/da/follows").with(csrf()).param("kind", "PLAN").param("key", SLUG))
                .andExpect(redirectedUrl("/da/login"));
        mvc.perform(get("/da/follows")).andExpect(redirectedUrl("/da/login"));
        PlansporUser reader = participant("nysgerrig@example.test");
        mvc.perform(post("/da/follows").with(user(reader)).with(csrf()).param("kind", "PLAN").param("key", "1066-1067"))
                .andExpect(redirectedUrl("/da/follows"));
        assertThat(notifications.follows(reader)).isEmpty();
        mvc.perform(post("/da/follows").with(user(reader)).param("kind", "PLAN").param("key", SLUG))
                .andExpect(status().isForbidden());
    }

    @Test
    void ownersAreRemindedOnceOfLateMilestonesAndOfThoseEndingWithin30Days() throws Exception {
        if (accounts.byUsername("ejer@sa.test").isEmpty()) {
            accounts.create("ejer@sa.test", "Ejer", "rigsarkivet", EnumSet.of(Role.AGENCY_EDITOR), PASSWORD, "test");
        }
        jobs.remindOwners();
        List<MimeMessage> mails = mailTo("ejer@sa.test", -1).stream().filter(m -> subject(m).contains(SLUG)).toList();
        assertThat(mails).extracting(NotificationsTest::subject).containsExactlyInAnyOrder(
                "Forsinket milepæl i initiativ 1.1 (" + SLUG + ")",
                "Milepæl i initiativ 1.1 (" + SLUG + ") slutter inden for 30 dage");
        jobs.remindOwners();
        assertThat(mailTo("ejer@sa.test", -1).stream().filter(m -> subject(m).contains(SLUG)).toList())
                .as("each reminder once").hasSize(2);
    }

    @Test
    void anImportsBulkAdjustmentRecordsEachCommitmentsAdjustmentAndTellsItsFollowers() throws Exception {
        String slug = "9503-9504";
        catalog.definePlan(slug, LocalizedText.of("Massejustering", "Bulk adjustment"), LocalDate.now().minusYears(1),
                LocalDate.now().plusYears(1), PlanState.IN_IMPLEMENTATION);
        CommitmentContent second = new CommitmentContent("1.2", "Andet initiativ", "2025 – 2027", "Rigsarkivet",
                "Problem.", "Beskrivelse.", null, null, null, Completion.LIMITED, null, null, null, List.of(), null, null, null);
        catalog.applyImport(slug, Lang.DA, List.of(content("Første."), second), "Testdata", "test", "test");
        PlansporUser reader = participant("masse@example.test");
        mvc.perform(post("/da/follows").with(user(reader)).with(csrf()).param("kind", "PLAN").param("key", slug))
                .andExpect(redirectedUrl("/da/follows"));

        java.time.Instant at = java.time.Instant.now();
        List<CommitmentAdjusted> each = List.of("1.1", "1.2").stream().map(n -> new CommitmentAdjusted(slug,
                catalog.findCommitmentId(slug, n).orElseThrow(), n, List.of(new FieldChange("ogp_id", null, "ZZ" + n)),
                "OGP commitments data sheet bulk.csv", "Importtest", null, at, "bulk.csv", "Importtest")).toList();
        CommitmentsAdjusted adjusted = new CommitmentsAdjusted(slug, each);
        tx.executeWithoutResult(status -> { // as an import publishes them: the adjustments, and their summary
            events.publishEvent(adjusted);
            events.publishEvent(adjusted.summary());
        });

        for (String n : List.of("1.1", "1.2")) {
            assertThat(ledger.forCommitment(slug, n)).as("the adjustment of %s is recorded with the change", n)
                    .anySatisfy(a -> assertThat(a.reason()).isEqualTo("OGP commitments data sheet bulk.csv"));
            assertThat(jdbc.sql("SELECT c.after_value FROM adjustment a JOIN adjustment_change c ON c.adjustment_id = a.id "
                    + "WHERE a.plan_slug = :s AND a.commitment_number = :n AND c.field = 'ogp_id'").param("s", slug)
                    .param("n", n).query(String.class).list()).containsExactly("ZZ" + n);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> pending("masse@example.test") == 2);
        assertThat(jdbc.sql("SELECT n.headline FROM notification n JOIN subscriber s ON s.id = n.subscriber_id "
                + "WHERE s.email = 'masse@example.test' ORDER BY n.headline").query(String.class).list())
                .as("one notification per commitment").hasSize(2).anyMatch(h -> h.contains("1.1")).anyMatch(h -> h.contains("1.2"));
    }

    private void adjust(String problem) {
        catalog.applyImport(SLUG, Lang.DA, List.of(content(problem)), "Test af notifikation", "test", "Testperson");
    }

    private long pending(String email) {
        return jdbc.sql("SELECT count(*) FROM notification n JOIN subscriber s ON s.id = n.subscriber_id "
                + "WHERE s.email = :e AND n.sent_at IS NULL").param("e", email).query(Long.class).single();
    }

    private PlansporUser participant(String email) {
        if (accounts.byUsername(email).isEmpty()) {
            accounts.create(email, email.substring(0, email.indexOf('@')), null, EnumSet.of(Role.PARTICIPANT), PASSWORD, "test");
        }
        return accounts.loadUserByUsername(email);
    }

    private static List<MimeMessage> mailTo(String email, int atLeast) throws Exception {
        if (atLeast > 0) {
            await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(mail.getReceivedMessages())
                    .filter(m -> to(m).equals(email)).count() >= atLeast);
        }
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> to(m).equals(email)).toList();
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString().toLowerCase(Locale.ROOT);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static CommitmentContent content(String problem) {
        LocalDate soon = LocalDate.now().plusDays(10);
        String[] months = {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
                "november", "december"};
        String soonText = soon.getDayOfMonth() + ". " + months[soon.getMonthValue() - 1] + " " + soon.getYear();
        return new CommitmentContent("1.1", "Notifikationsinitiativ", "2025 – 2027", "Rigsarkivet", problem, "Beskrivelse.",
                null, null, null, Completion.LIMITED, null, null, null,
                List.of(new MilestoneContent("Gammel milepæl", "1. januar 2024", "1. februar 2024", "I gang"),
                        new MilestoneContent("Snart færdig", "1. januar 2025", soonText, "I gang"),
                        new MilestoneContent("Langt ude", "1. januar 2025", "1. januar 2030", "I gang")),
                null, null, null);
    }
}
