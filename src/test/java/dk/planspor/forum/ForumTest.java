package dk.planspor.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dk.planspor.identity.Accounts;
import dk.planspor.identity.PlansporUser;
import dk.planspor.identity.Role;
import dk.planspor.platform.LocalizedText;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The OGP network: seeded meeting, iCalendar feed, registration, agenda proposals and decisions, minutes. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3725", "planspor.base-url=https://planspor.test"})
@AutoConfigureMockMvc
class ForumTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3725, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    MockMvc mvc;
    @Autowired
    OgpForum forum;
    @Autowired
    Accounts accounts;

    private Meeting seeded() {
        return forum.meetings().stream().filter(m -> "Første møde i OGP-netværket".equals(m.title().da())).findFirst().orElseThrow();
    }

    @Test
    void theCalendarFeedParsesBackWithTheSeededMeetingInCopenhagenTime() throws Exception {
        String ics = mvc.perform(get("/da/forum/meetings.ics")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = cal.getComponents(Component.VEVENT);
        VEvent first = events.stream().filter(e -> e.getSummary().getValue().equals("Første møde i OGP-netværket"))
                .findFirst().orElseThrow();
        DtStart<Temporal> start = first.getDateTimeStart();
        assertThat(ics).contains("DTSTART;TZID=Europe/Copenhagen:20180822T130000", "TZID:Europe/Copenhagen");
        ZonedDateTime when = ZonedDateTime.from(start.getDate());
        assertThat(when.toLocalDateTime()).isEqualTo(LocalDateTime.of(2018, 8, 22, 13, 0));
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Copenhagen");
        assertThat(when.getOffset()).isEqualTo(java.time.ZoneId.of("Europe/Copenhagen").getRules().getOffset(when.toInstant()));
        assertThat(when.toInstant()).isEqualTo(Instant.parse("2018-08-22T11:00:00Z")); // summer time: UTC+2
        assertThat(first.getLocation().getValue()).contains("Digitaliseringsstyrelsen");
        assertThat(cal.getComponents(Component.VTIMEZONE)).isNotEmpty();

        String one = mvc.perform(get("/en/forum/meetings/" + seeded().id() + ".ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Calendar single = new CalendarBuilder().build(new StringReader(one));
        assertThat(single.getComponents(Component.VEVENT)).hasSize(1);
        assertThat(((VEvent) single.getComponents(Component.VEVENT).get(0)).getSummary().getValue())
                .isEqualTo("First meeting of the OGP network");
    }

    @Test
    void seededMeetingPageShowsAgendaAndMinutesLinkedToCommitment33() throws Exception {
        String html = mvc.perform(get("/en/forum/meetings/" + seeded().id())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("First meeting of the OGP network", "Wednesday 22 August 2018, 13:00",
                "Midtvejsevalueringen af handlingsplanen 2017-2019", "/en/plans/2017-2019/commitments/3.3",
                "Future network meetings are held");
        assertThat(mvc.perform(get("/da/forum")).andReturn().getResponse().getContentAsString())
                .contains("Første møde i OGP-netværket", "/da/forum/rules", "/da/forum/meetings.ics",
                        "href=\"/da/forum\"", "href=\"/da/library\"", "/da/debate?subject=plan:2017-2019");
        assertThat(mvc.perform(get("/en/signup")).andReturn().getResponse().getContentAsString())
                .as("the sign-up form's rules of participation link to the rules page").contains("href=\"/en/forum/rules\"");
        assertThat(mvc.perform(get("/da/forum/rules")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Deltagerregler");
    }

    @Test
    void aProposalAfterTheCutOffIsRefusedWithAClearMessageInTheUsersLanguage() throws Exception {
        PlansporUser borger = ForumUsers.user(accounts, "sen@forum.test", Role.PARTICIPANT);
        long id = seeded().id();
        int before = forum.agenda(id).size();
        for (String lang : List.of("da", "en")) {
            MvcResult refused = mvc.perform(post("/" + lang + "/forum/meetings/" + id + "/proposals").with(csrf()).with(user(borger))
                    .param("title", "Et punkt for sent")).andExpect(status().is3xxRedirection()).andReturn();
            String target = refused.getResponse().getRedirectedUrl();
            assertThat(target).isEqualTo("/" + lang + "/forum/meetings/" + id + "?problem=forum.agenda.refused.cutoff#agenda");
            String page = mvc.perform(get(target.substring(0, target.indexOf('#'))).with(user(borger)))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("da".equals(lang)
                    ? "Fristen for forslag til dagsordenen for dette møde er udløbet, så dit forslag kan ikke modtages."
                    : "The cut-off for agenda proposals for this meeting has passed, so your proposal cannot be accepted.");
        }
        assertThat(forum.agenda(id)).hasSize(before);
        assertThatThrownBy(() -> forum.propose(id, "Direkte", null, "da", borger)).isInstanceOf(ForumRefusal.class);
    }

    @Test
    void theChairsDecisionIsMailedToTheProposerAndAudited() throws Exception {
        PlansporUser chair = ForumUsers.user(accounts, "formand@forum.test", Role.FORUM_CHAIR);
        PlansporUser borger = ForumUsers.user(accounts, "forslag@forum.test", Role.PARTICIPANT);
        long id = future(40);
        mvc.perform(post("/en/forum/meetings/" + id + "/proposals").with(csrf()).with(user(borger))
                .param("title", "Open data on procurement").param("description", "Let us discuss it."))
                .andExpect(status().is3xxRedirection());
        AgendaItem item = forum.agenda(id).get(0);
        assertThat(item.status()).isEqualTo(AgendaStatus.PROPOSED);

        mvc.perform(post("/da/admin/forum/items/" + item.id() + "/decision").with(csrf()).with(user(borger))
                .param("meeting", "" + id).param("status", "ACCEPTED").param("reason", "Nej")).andExpect(status().isForbidden());
        mvc.perform(post("/da/admin/forum/items/" + item.id() + "/decision").with(csrf()).with(user(chair))
                .param("meeting", "" + id).param("status", "DEFERRED").param("reason", "Passer bedre til efterårets møde"))
                .andExpect(status().is3xxRedirection());
        assertThat(forum.agenda(id).get(0).status()).isEqualTo(AgendaStatus.DEFERRED);

        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("forslag@forum.test");
        assertThat(message.getSubject()).isEqualTo("Your proposal to the OGP network: Deferred to a later meeting – Open data on procurement");
        assertThat(message.getContent().toString()).contains("Passer bedre til efterårets møde",
                "https://planspor.test/en/forum/meetings/" + id);
        assertThat(forum.auditOf(id)).anyMatch(a -> a.startsWith("formand@forum.test agenda.deferred")
                && a.contains("Passer bedre til efterårets møde"));
    }

    @Test
    void registrationNeverOverbooksAMeeting() throws Exception {
        long id = future(2);
        for (int i = 1; i <= 2; i++) {
            forum.register(id, ForumUsers.user(accounts, "plads" + i + "@forum.test", Role.PARTICIPANT));
        }
        PlansporUser third = ForumUsers.user(accounts, "plads3@forum.test", Role.PARTICIPANT);
        MvcResult full = mvc.perform(post("/da/forum/meetings/" + id + "/registration").with(csrf()).with(user(third)))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(full.getResponse().getRedirectedUrl()).contains("problem=forum.register.refused.full");
        assertThat(forum.meeting(id).registered()).isEqualTo(2);
        mvc.perform(post("/da/forum/meetings/" + id + "/registration").with(csrf()))
                .andExpect(status().is3xxRedirection()); // anonymous: to the login page
        assertThat(forum.meeting(id).registered()).isEqualTo(2);
    }

    @Test
    void minutesArePublishedOnlyAfterTheMeetingAndLinkCommitments() {
        PlansporUser chair = ForumUsers.user(accounts, "formand@forum.test", Role.FORUM_CHAIR);
        long id = future(10);
        var draft = new OgpForum.MinutesDraft(LocalizedText.of("Resumé", "Summary"), List.of(),
                List.of(new Minutes.Item(LocalizedText.of("Følg op", null), "2017-2019", "1.1", null)));
        assertThatThrownBy(() -> forum.publishMinutes(id, draft, null, chair))
                .isInstanceOfSatisfying(ForumRefusal.class, e -> assertThat(e.messageKey()).isEqualTo("forum.minutes.refused.notOver"));
        long seeded = seeded().id();
        assertThat(forum.minutes(seeded).orElseThrow().actions().get(0).commitmentId()).isNotNull();
    }

    private long future(int capacity) {
        PlansporUser chair = ForumUsers.user(accounts, "formand@forum.test", Role.FORUM_CHAIR);
        Instant start = forum.now().plus(Duration.ofDays(60));
        return forum.schedule(new MeetingDraft(LocalizedText.of("Fremtidigt møde", "Future meeting"), null, start,
                start.plus(Duration.ofHours(2)), null, "https://meet.example/ogp", capacity, start.minus(Duration.ofDays(7))), chair);
    }
}
