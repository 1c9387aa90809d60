package dk.planspor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dk.planspor.identity.Accounts;
import dk.planspor.plans.PlanCatalog;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reminders through a real SMTP server (GreenMail) with a clock the test moves: 14, 7 and 1 days before
 * the deadline and the day after it, to the editors of the agencies that have not submitted, each once.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3027",
    "planspor.base-url=https://planspor.test", "planspor.assessment.reminder-cron=-",
    "planspor.assessment.reminder-lock-at-least=PT0S"})
class ReminderMailTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3027, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    static final String SLUG = "9601-9602";
    static final ZoneId DK = ZoneId.of("Europe/Copenhagen");
    static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-03-01T06:00:00Z"));

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @Autowired
    ReminderJob job;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rightOwnersGetTheRightMailsOnce() throws Exception {
        RoundFixture.plan(catalog, SLUG);
        RoundFixture.users(accounts);
        LocalDate deadline = LocalDate.of(2026, 4, 1);
        var coordinator = RoundFixture.principal(accounts, RoundFixture.COORDINATOR);
        assessments.open(SLUG, RoundKind.MIDTERM, deadline, coordinator);
        // Digitaliseringsstyrelsen (1.2) submits at once: its editor gets no reminders
        assessments.answer(SLUG, RoundKind.MIDTERM, "1.2", new AnswerInput(dk.planspor.plans.Completion.LIMITED,
                "Resultater.", null, null, null, List.of()), true, RoundFixture.principal(accounts, RoundFixture.OTHER_OWNER));

        at(deadline.minusDays(20));
        job.run();
        assertThat(received()).as("20 days before: nothing due").isEmpty();

        at(deadline.minusDays(14));
        job.run();
        job.run();
        Map<String, List<String>> got = received();
        assertThat(got).containsOnlyKeys(RoundFixture.OWNER, RoundFixture.OWNER2);
        assertThat(got.get(RoundFixture.OWNER)).singleElement().asString().contains("14 dage");
        MimeMessage first = mail.getReceivedMessages()[0];
        assertThat(first.getContent().toString()).contains("1.1 Runde-initiativ 1.1")
                .doesNotContain("1.2 Runde-initiativ").contains("https://planspor.test/da/admin/assessments/" + SLUG + "/midterm");

        at(deadline.minusDays(10));
        job.run();
        assertThat(received().get(RoundFixture.OWNER)).hasSize(1);

        at(deadline.minusDays(7));
        job.run();
        at(deadline.minusDays(1));
        job.run();
        job.run();
        at(deadline.plusDays(1));
        job.run();
        job.run();
        at(deadline.plusDays(2));
        job.run();
        got = received();
        assertThat(got.get(RoundFixture.OWNER)).hasSize(4);
        assertThat(got.get(RoundFixture.OWNER).get(1)).contains("7 dage");
        assertThat(got.get(RoundFixture.OWNER).get(2)).contains("i morgen");
        assertThat(got.get(RoundFixture.OWNER).get(3)).contains("overskredet");
        assertThat(got.get(RoundFixture.OWNER2)).hasSize(4);
        assertThat(got).doesNotContainKey(RoundFixture.OTHER_OWNER);
        assertThat(jdbc.queryForObject("select count(*) from assessment_reminder r join assessment_round a on a.id = r.round_id"
                + " where a.plan_slug = ?", Long.class, SLUG)).isEqualTo(8L);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'assessment-reminders'", Long.class))
                .as("the job ran under its ShedLock lock").isEqualTo(1L);
    }

    private static void at(LocalDate day) {
        CLOCK.set(day.atTime(9, 0).atZone(DK).toInstant());
    }

    /** Subjects received so far, by recipient, in order. */
    private static Map<String, List<String>> received() throws Exception {
        Map<String, List<String>> by = new TreeMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            for (var to : Arrays.asList(m.getRecipients(Message.RecipientType.TO))) {
                by.computeIfAbsent(to.toString(), k -> new java.util.ArrayList<>()).add(m.getSubject());
            }
        }
        return by;
    }

    /** A clock the test sets. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            this.now = instant;
        }

        @Override
        public ZoneId getZone() {
            return DK;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
