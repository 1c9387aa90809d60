package dk.planspor.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.planspor.identity.Accounts;
import dk.planspor.identity.PlansporUser;
import dk.planspor.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Debate: sanitised posts, and a post hidden automatically after reports from three different users. */
@SpringBootTest
@AutoConfigureMockMvc
class DebateTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OgpForum forum;
    @Autowired
    Accounts accounts;

    @Test
    void aThreadIsHiddenAfterTheThirdReportAndAModeratorRestoresIt() throws Exception {
        PlansporUser author = ForumUsers.user(accounts, "debat@forum.test", Role.PARTICIPANT);
        String location = mvc.perform(post("/da/debate/threads").with(csrf()).with(user(author))
                        .param("subject", "commitment:2017-2019/1.1").param("title", "Åbne data i kommunerne")
                        .param("body", "<p onclick=\"evil()\">Hvad med <strong>kommunerne</strong>?</p><script>alert(1)</script>"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        DebateBoard debate = forum.debate();
        assertThat(debate.thread(id).bodyHtml()).isEqualTo("<p>Hvad med <strong>kommunerne</strong>?</p>");

        PlansporUser first = ForumUsers.user(accounts, "anmelder1@forum.test", Role.PARTICIPANT);
        PlansporUser second = ForumUsers.user(accounts, "anmelder2@forum.test", Role.PARTICIPANT);
        PlansporUser third = ForumUsers.user(accounts, "anmelder3@forum.test", Role.PARTICIPANT);
        report(id, first);
        report(id, first); // the same user twice counts once
        report(id, second);
        assertThat(debate.thread(id).hidden()).isFalse();
        assertThat(debate.thread(id).reports()).isEqualTo(2);
        report(id, third);
        assertThat(debate.thread(id).hidden()).isTrue();
        assertThat(debate.awaitingReview()).extracting(DebatePost::id).contains(id);
        String page = mvc.perform(get("/da/debate/threads/" + id)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Indlægget er skjult").doesNotContain("kommunerne</strong>");

        mvc.perform(post("/da/admin/forum/moderation/thread/" + id).with(csrf()).with(user(author))
                .param("restore", "true").param("reason", "Ok")).andExpect(status().isForbidden());
        PlansporUser moderator = ForumUsers.user(accounts, "moderator@forum.test", Role.MODERATOR);
        mvc.perform(post("/da/admin/forum/moderation/thread/" + id).with(csrf()).with(user(moderator))
                .param("restore", "true").param("reason", "Saglig kritik, ikke i strid med reglerne"))
                .andExpect(status().is3xxRedirection());
        assertThat(debate.thread(id).hidden()).isFalse();
        assertThat(debate.thread(id).reviewReason()).isEqualTo("Saglig kritik, ikke i strid med reglerne");
        assertThat(debate.thread(id).reports()).as("reports before the review no longer count").isZero();
        assertThat(mvc.perform(get("/da/debate").param("subject", "commitment:2017-2019/1.1")).andReturn().getResponse()
                .getContentAsString()).contains("Åbne data i kommunerne", "/da/plans/2017-2019/commitments/1.1");
    }

    private void report(long id, PlansporUser who) throws Exception {
        mvc.perform(post("/da/debate/thread/" + id + "/report").param("thread", "" + id).with(csrf()).with(user(who)))
                .andExpect(status().is3xxRedirection());
    }
}
