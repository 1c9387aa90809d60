package dk.planspor.standards;

import static org.assertj.core.api.Assertions.assertThat;

import dk.planspor.standards.CycleFacts.CoCreation;
import dk.planspor.standards.CycleFacts.Link;
import dk.planspor.standards.CycleFacts.Meeting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each minimum requirement on crafted cycles: one where it is met and one where it is not. */
class RequirementsTest {

    static final LocalDate FROM = LocalDate.of(2021, 1, 1);
    static final LocalDate TO = LocalDate.of(2022, 12, 31);
    static final LocalDate TODAY = LocalDate.of(2022, 6, 30);
    static final Link LINK = new Link("x", "/x");

    /** A cycle that meets everything; each test breaks one thing. */
    static CycleFacts good() {
        return cycle(b -> b);
    }

    static CycleFacts cycle(UnaryOperator<Builder> change) {
        Builder b = new Builder();
        b.meetings.addAll(List.of(meeting("2021-03-01", true), meeting("2021-09-01", true), meeting("2022-03-01", true),
                meeting("2022-05-01", false)));
        b.coCreations.add(new CoCreation(LINK, LocalDate.of(2020, 9, 1), LocalDate.of(2020, 10, 1), null, true, 10, 10));
        return change.apply(b).build();
    }

    static final class Builder {
        LocalDate reference = TODAY;
        List<Meeting> meetings = new ArrayList<>();
        Link rules = LINK;
        Link site = LINK;
        LocalDate repository = LocalDate.of(2022, 5, 1);
        List<CoCreation> coCreations = new ArrayList<>();

        CycleFacts build() {
            return new CycleFacts("t", FROM, TO, reference, meetings, rules, site, repository, repository == null ? null : LINK,
                    coCreations);
        }
    }

    static Meeting meeting(String day, boolean implementation) {
        return new Meeting(LocalDate.parse(day), implementation, LINK);
    }

    @Test
    void theGoodCycleMeetsEveryRequirement() {
        assertThat(Requirements.judge(good())).extracting(Requirement::code)
                .containsExactly("1.1", "2.1", "2.2", "3.1", "3.3", "4.1", "5.1");
        assertThat(Requirements.judge(good())).allSatisfy(r -> assertThat(r.met()).as(r.code()).isTrue());
    }

    @Test
    void forumMustHaveMetWithinSixMonthsAndHavePublicRules() {
        assertThat(Requirements.forum(cycle(b -> {
            b.meetings.removeIf(m -> m.date().getYear() == 2022);
            return b;
        })).met()).isFalse();
        assertThat(Requirements.forum(cycle(b -> {
            b.rules = null;
            return b;
        })).met()).isFalse();
        assertThat(Requirements.forum(cycle(b -> {
            b.meetings.clear();
            return b;
        })).met()).isFalse();
        assertThat(Requirements.forum(good()).met()).isTrue();
    }

    @Test
    void aMeetingInTheFutureDoesNotCount() {
        assertThat(Requirements.forum(cycle(b -> {
            b.meetings.clear();
            b.meetings.add(meeting("2022-08-01", true));
            return b;
        })).met()).isFalse();
    }

    @Test
    void siteExistsOrNot() {
        assertThat(Requirements.site(good()).met()).isTrue();
        assertThat(Requirements.site(cycle(b -> {
            b.site = null;
            return b;
        })).met()).isFalse();
    }

    @Test
    void repositoryMustBeUpdatedWithinSixMonths() {
        assertThat(Requirements.repository(good()).met()).isTrue();
        assertThat(Requirements.repository(cycle(b -> {
            b.repository = LocalDate.of(2021, 12, 1);
            return b;
        })).met()).isFalse();
        assertThat(Requirements.repository(cycle(b -> {
            b.repository = null;
            return b;
        })).met()).isFalse();
    }

    @Test
    void timelineMustComeFourteenDaysBeforeCoCreationAndAnOverrideIsShownNotExcused() {
        assertThat(Requirements.timeline(good()).met()).isTrue();
        Requirement early = Requirements.timeline(cycle(b -> {
            b.coCreations.set(0, new CoCreation(LINK, LocalDate.of(2020, 9, 20), LocalDate.of(2020, 10, 1),
                    "Ministeren ønskede en hurtig start", true, 10, 10));
            return b;
        }));
        assertThat(early.met()).isFalse();
        assertThat(early.detailArgs()).contains(11L, "Ministeren ønskede en hurtig start");
        assertThat(Requirements.timeline(cycle(b -> {
            b.coCreations.set(0, new CoCreation(LINK, LocalDate.of(2020, 9, 17), LocalDate.of(2020, 10, 1), null, true, 1, 1));
            return b;
        })).met()).as("exactly 14 days").isTrue();
        assertThat(Requirements.timeline(cycle(b -> {
            b.coCreations.set(0, new CoCreation(LINK, null, LocalDate.of(2020, 10, 1), null, true, 1, 1));
            return b;
        })).met()).isFalse();
        assertThat(Requirements.timeline(cycle(b -> {
            b.coCreations.clear();
            return b;
        })).met()).isFalse();
    }

    @Test
    void inputMustBePossibleOnline() {
        assertThat(Requirements.online(good()).met()).isTrue();
        assertThat(Requirements.online(cycle(b -> {
            b.coCreations.set(0, new CoCreation(LINK, LocalDate.of(2020, 9, 1), LocalDate.of(2020, 10, 1), null, false, 3, 3));
            return b;
        })).met()).isFalse();
    }

    @Test
    void everyInputNeedsADispositionAndTheShareIsShown() {
        assertThat(Requirements.dispositions(good()).met()).isTrue();
        Requirement partly = Requirements.dispositions(cycle(b -> {
            b.coCreations.set(0, new CoCreation(LINK, LocalDate.of(2020, 9, 1), LocalDate.of(2020, 10, 1), null, true, 8, 6));
            return b;
        }));
        assertThat(partly.met()).isFalse();
        assertThat(partly.detailArgs()).containsExactly(6L, 8L, 75L);
    }

    @Test
    void twoImplementationMeetingsInEveryFinishedPlanYear() {
        assertThat(Requirements.implementation(good()).met()).isTrue();
        Requirement one = Requirements.implementation(cycle(b -> {
            b.meetings.removeIf(m -> m.date().equals(LocalDate.of(2021, 9, 1)));
            return b;
        }));
        assertThat(one.met()).isFalse();
        assertThat(one.detailArgs().get(1).toString()).contains("2021-01-01–2021-12-31: 1");
        assertThat(Requirements.implementation(cycle(b -> {
            b.reference = LocalDate.of(2021, 6, 1);
            return b;
        })).met()).as("no full year yet").isNull();
        assertThat(Requirements.implementation(cycle(b -> {
            b.meetings.replaceAll(m -> new Meeting(m.date(), false, m.link()));
            return b;
        })).met()).as("meetings not on implementation do not count").isFalse();
    }
}
