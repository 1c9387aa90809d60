package dk.planspor.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dk.planspor.identity.Accounts;
import dk.planspor.identity.PlansporUser;
import dk.planspor.identity.Role;
import dk.planspor.notifications.NotificationJobs;
import dk.planspor.notifications.Notifications;
import dk.planspor.notifications.SubjectKind;
import dk.planspor.platform.Lang;
import dk.planspor.platform.LocalizedText;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The chair changes and cancels meetings: each with a reason in the log, an e-mail to every registered participant in
 * the language they registered in, an updated calendar event, and the public page, registration and agenda closed
 * on cancellation. A repeated submit changes nothing and mails nobody.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3725", "planspor.base-url=https://planspor.test"})
@AutoConfigureMockMvc
class MeetingChangesTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3725, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    MockMvc mvc;
    @Autowired
    OgpForum forum;
    @Autowired
    Accounts accounts;
    @Autowired
    Notifications notifications;
    @Autowired
    NotificationJobs jobs;

    private final LocalDate day = LocalDate.now(Meeting.ZONE).plusDays(30);

    private PlansporUser chair() {
        return ForumUsers.user(accounts, "formand@forum.test", Role.FORUM_CHAIR);
    }

    /** A meeting 30 days ahead, 13–15 Danish time, with two participants: one registered in Danish, one in English. */
    private long meetingWithParticipants(String name) throws Exception {
        long id = forum.schedule(new MeetingDraft(LocalizedText.of(name, name + " (EN)"), null,
                day.atTime(13, 0).atZone(Meeting.ZONE).toInstant(), day.atTime(15, 0).atZone(Meeting.ZONE).toInstant(),
                "Landgreven 4", null, 40, day.minusDays(5).atTime(12, 0).atZone(Meeting.ZONE).toInstant()), chair());
        for (String lang : List.of("da", "en")) {
            PlansporUser p = ForumUsers.user(accounts, "deltager-" + lang + "-" + id + "@forum.test", Role.PARTICIPANT);
            mvc.perform(post("/" + lang + "/forum/meetings/" + id + "/registration").with(csrf()).with(user(p)))
                    .andExpect(status().is3xxRedirection());
        }
        return id;
    }

    /** The change form as the chair's page fills it in, with the place and time changed. */
    private MockHttpServletRequestBuilder change(long id, String place, String from, int capacity, String reason) {
        return post("/da/admin/forum/meetings/" + id + "/change").with(csrf()).with(user(chair()))
                .param("titleDa", forum.meeting(id).title().da()).param("titleEn", forum.meeting(id).title().en())
                .param("date", day.plusDays(1).toString()).param("from", from).param("to", "16:00")
                .param("cutoff", day.minusDays(5).toString()).param("place", place).param("capacity", "" + capacity)
                .param("reason", reason);
    }

    /**
     * The page a refusal redirects the chair to, as a browser gets it: with the session cookie, since the redirect's
     * flash attributes (what was typed) are kept in the (JDBC) session, and with the query string, which they match.
     */
    private String follow(MvcResult redirect) throws Exception {
        jakarta.servlet.http.Cookie cookie = redirect.getResponse().getCookie("SESSION");
        assertThat(cookie).as("a session for the flash attributes").isNotNull();
        String url = redirect.getResponse().getRedirectedUrl().replaceAll("#.*$", "");
        return mvc.perform(get(url).with(user(chair())).cookie(cookie)).andReturn().getResponse().getContentAsString();
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> GreenMailUtil.getAddressList(
                uncheck(m)).contains(address)).toList();
    }

    private static jakarta.mail.Address[] uncheck(MimeMessage m) {
        try {
            return m.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private VEvent event(long id) throws Exception {
        String ics = mvc.perform(get("/da/forum/meetings/" + id + ".ics")).andReturn().getResponse().getContentAsString();
        return (VEvent) new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT).get(0);
    }

    @Test
    void theChairChangesAMeetingWithAReasonAndEveryParticipantIsToldInTheirLanguage() throws Exception {
        long id = meetingWithParticipants("Ændringsmøde");
        Instant cutoff = forum.meeting(id).proposalCutoff();
        PlansporUser follower = ForumUsers.user(accounts, "folger-" + id + "@forum.test", Role.PARTICIPANT);
        notifications.follow(follower, SubjectKind.FORUM, "ogp", Lang.DA);

        mvc.perform(change(id, "Nyt sted, lokale 2", "14:00", 40, "Lokalet er optaget"))
                .andExpect(redirectedUrl("/da/admin/forum/meetings/" + id + "?notice=forum.meeting.changed#change"));
        Meeting m = forum.meeting(id);
        assertThat(m.start().toLocalDateTime()).isEqualTo(day.plusDays(1).atTime(14, 0));
        assertThat(m.place()).isEqualTo("Nyt sted, lokale 2");
        assertThat(m.sequence()).isEqualTo(1);
        assertThat(m.proposalCutoff()).as("an unchanged cut-off date keeps the meeting's own cut-off time").isEqualTo(cutoff);
        assertThat(forum.auditOf(id).get(0)).isEqualTo("formand@forum.test meeting.changed time, place (Lokalet er optaget)");

        assertThat(mail.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage da = mailsTo("deltager-da-" + id + "@forum.test").get(0);
        assertThat(da.getSubject()).isEqualTo("Mødet \"Ændringsmøde\" er ændret");
        assertThat(da.getContent().toString()).contains("Formanden har ændret: tidspunkt, sted.", "Begrundelse: Lokalet er optaget",
                "Nyt sted, lokale 2", "kl. 14:00–16:00", "https://planspor.test/da/forum/meetings/" + id + ".ics");
        MimeMessage en = mailsTo("deltager-en-" + id + "@forum.test").get(0);
        assertThat(en.getSubject()).isEqualTo("The meeting \"Ændringsmøde (EN)\" has been changed");
        assertThat(en.getContent().toString()).contains("The chair has changed: time, place.", "Reason: Lokalet er optaget",
                "https://planspor.test/en/forum/meetings/" + id);

        VEvent event = event(id);
        assertThat(event.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(event.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(event.getLocation().getValue()).isEqualTo("Nyt sted, lokale 2");

        // the network's follower is told too (the notice is queued after commit, then sent by the job)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            jobs.sendImmediate();
            assertThat(mailsTo("folger-" + id + "@forum.test")).singleElement()
                    .satisfies(f -> assertThat(f.getSubject()).contains("Mødet \"Ændringsmøde\" er ændret"));
        });

        // the same form again (a double submit): nothing is written, nobody is mailed
        int received = mail.getReceivedMessages().length;
        mvc.perform(change(id, "Nyt sted, lokale 2", "14:00", 40, "Lokalet er optaget"))
                .andExpect(redirectedUrl("/da/admin/forum/meetings/" + id + "?notice=forum.meeting.unchanged#change"));
        Thread.sleep(1_000);
        jobs.sendImmediate();
        assertThat(mail.waitForIncomingEmail(1_000, received + 1)).isFalse();
        assertThat(forum.meeting(id).sequence()).isEqualTo(1);
        assertThat(forum.auditOf(id).stream().filter(a -> a.contains("meeting.changed"))).hasSize(1);
    }

    @Test
    void aChangeWithoutAReasonOrBelowTheRegisteredIsRefusedInTheUsersLanguageAndKeepsWhatWasTyped() throws Exception {
        long id = meetingWithParticipants("Afvist ændring");

        MvcResult refused = mvc.perform(change(id, "Et andet sted", "14:00", 40, " "))
                .andExpect(redirectedUrl("/da/admin/forum/meetings/" + id + "?problem=forum.meeting.refused.reason#change"))
                .andReturn();
        String page = follow(refused);
        assertThat(page).contains("Skriv en begrundelse. Den gemmes i loggen og sendes til de tilmeldte.", "value=\"Et andet sted\"");

        // scheduling keeps what was typed in the same way (the form travels in the session, so it must serialise)
        MvcResult missing = mvc.perform(post("/da/admin/forum/meetings").with(csrf()).with(user(chair()))
                .param("titleDa", "Uden dato").param("place", "Landgreven 4").param("capacity", "20"))
                .andExpect(redirectedUrl("/da/admin/forum?problem=forum.meeting.refused.missing")).andReturn();
        assertThat(follow(missing)).contains("value=\"Uden dato\"");

        mvc.perform(change(id, "Landgreven 4", "14:00", 1, "Mindre lokale"))
                .andExpect(redirectedUrl("/da/admin/forum/meetings/" + id + "?problem=forum.meeting.refused.belowRegistered#change"));

        PlansporUser participant = ForumUsers.user(accounts, "deltager-da-" + id + "@forum.test", Role.PARTICIPANT);
        mvc.perform(change(id, "Hos mig", "14:00", 40, "Jeg vil").with(user(participant))).andExpect(status().isForbidden());
        mvc.perform(post("/da/admin/forum/meetings/" + id + "/change").with(user(chair())).param("reason", "Uden token"))
                .andExpect(status().isForbidden());

        Meeting m = forum.meeting(id);
        assertThat(m.place()).isEqualTo("Landgreven 4");
        assertThat(m.capacity()).isEqualTo(40);
        assertThat(m.sequence()).isZero();
        assertThat(mail.waitForIncomingEmail(1_500, 1)).isFalse();
    }

    @Test
    void aCancelledMeetingSaysWhyClosesRegistrationAndAgendaAndIsStruckFromCalendars() throws Exception {
        long id = meetingWithParticipants("Aflyst møde");
        String path = "/da/admin/forum/meetings/" + id + "/cancellation";

        mvc.perform(post(path).with(csrf()).with(user(chair())).param("reason", ""))
                .andExpect(redirectedUrl("/da/admin/forum/meetings/" + id + "?problem=forum.meeting.refused.reason"));
        mvc.perform(post(path).with(user(chair())).param("reason", "Uden token")).andExpect(status().isForbidden());
        assertThat(forum.meeting(id).cancelled()).isFalse();

        mvc.perform(post(path).with(csrf()).with(user(chair())).param("reason", "Formanden er syg"))
                .andExpect(redirectedUrl("/da/admin/forum/meetings/" + id + "?notice=forum.meeting.cancelledNotice"));
        assertThat(mail.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage da = mailsTo("deltager-da-" + id + "@forum.test").get(0);
        assertThat(da.getSubject()).isEqualTo("Mødet \"Aflyst møde\" er aflyst");
        assertThat(da.getContent().toString()).contains("Begrundelse: Formanden er syg");
        assertThat(mailsTo("deltager-en-" + id + "@forum.test").get(0).getSubject())
                .isEqualTo("The meeting \"Aflyst møde (EN)\" has been cancelled");

        // a second cancel (double submit) changes nothing
        int received = mail.getReceivedMessages().length;
        mvc.perform(post(path).with(csrf()).with(user(chair())).param("reason", "Igen"))
                .andExpect(status().is3xxRedirection());
        assertThat(forum.auditOf(id).stream().filter(a -> a.contains("meeting.cancelled")))
                .containsExactly("formand@forum.test meeting.cancelled (Formanden er syg)");
        assertThat(mail.waitForIncomingEmail(1_500, received + 1)).isFalse();

        String page = mvc.perform(get("/en/forum/meetings/" + id)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The meeting has been cancelled.", "Reason: Formanden er syg",
                "The meeting has been cancelled, so agenda proposals are not accepted.").doesNotContain("/registration\"");
        assertThat(mvc.perform(get("/da/forum")).andReturn().getResponse().getContentAsString())
                .containsPattern("Aflyst møde</span></a>\\s*<span class=\"badge badge-warning\">Aflyst</span>");

        PlansporUser late = ForumUsers.user(accounts, "sen-" + id + "@forum.test", Role.PARTICIPANT);
        mvc.perform(post("/da/forum/meetings/" + id + "/registration").with(csrf()).with(user(late)))
                .andExpect(redirectedUrl("/da/forum/meetings/" + id + "?problem=forum.register.refused.cancelled#registration"));
        mvc.perform(post("/da/forum/meetings/" + id + "/proposals").with(csrf()).with(user(late)).param("title", "Et punkt"))
                .andExpect(redirectedUrl("/da/forum/meetings/" + id + "?problem=forum.agenda.refused.cancelled#agenda"));
        assertThat(forum.meeting(id).registered()).isEqualTo(2);
        assertThat(forum.agenda(id)).isEmpty();
        mvc.perform(change(id, "Et andet sted", "14:00", 40, "Alligevel"))
                .andExpect(redirectedUrl("/da/admin/forum/meetings/" + id + "?problem=forum.meeting.refused.cancelled#change"));

        VEvent event = event(id);
        assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(event.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(event.getDescription().getValue()).startsWith("Mødet er aflyst. Begrundelse: Formanden er syg");

        String json = mvc.perform(get("/api/v1/meetings.json")).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"cancel_reason\":\"Formanden er syg\"");
    }

    @Test
    void aMeetingThatHasTakenPlaceCannotBeCancelled() {
        Instant start = forum.now().minus(Duration.ofDays(10));
        long id = forum.schedule(new MeetingDraft(LocalizedText.of("Afholdt møde", null), null, start,
                start.plus(Duration.ofHours(2)), "Landgreven 4", null, 40, start.minus(Duration.ofDays(3))), chair());
        assertThatThrownBy(() -> forum.cancel(id, "For sent", chair())).isInstanceOf(ForumRefusal.class)
                .hasMessage("forum.meeting.refused.cancelOver");
        assertThat(forum.meeting(id).cancelled()).isFalse();
    }
}
