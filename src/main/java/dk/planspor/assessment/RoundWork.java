package dk.planspor.assessment;

import dk.planspor.identity.PlansporUser;
import dk.planspor.plans.Commitment;
import dk.planspor.plans.PlanCatalog;
import dk.planspor.platform.LocalizedText;
import dk.planspor.platform.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work of a round: the coordinator opens it, owners answer per commitment (draft or submitted),
 * the coordinator follows progress and freezes it. Answers stay in the round until it is frozen; the
 * snapshot then holds the live data with the submitted answers laid over it. Called within the
 * facade's transactions.
 */
@Component
class RoundWork {

    private static final Logger audit = LoggerFactory.getLogger("dk.planspor.audit.assessment");

    private final AssessmentRoundRepository rounds;
    private final RoundAnswerRepository answers;
    private final PlanCatalog catalog;
    private final SnapshotTaker taker;
    private final ReportTexts texts;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RoundWork(AssessmentRoundRepository rounds, RoundAnswerRepository answers, PlanCatalog catalog, SnapshotTaker taker,
            ReportTexts texts, JsonMapper json, Clock clock, ApplicationEventPublisher events) {
        this.rounds = rounds;
        this.answers = answers;
        this.catalog = catalog;
        this.taker = taker;
        this.texts = texts;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    AssessmentRound open(String slug, RoundKind kind, LocalDate deadline, PlansporUser user) {
        requireCoordinator(user);
        catalog.findPlan(slug).orElseThrow(() -> new NotFoundException("error.planNotFound", slug));
        if (rounds.findByPlanSlugAndKind(slug, kind).isPresent()) {
            throw new IllegalStateException("assessment.error.exists");
        }
        if (deadline == null || deadline.isBefore(LocalDate.now(clock))) {
            throw new IllegalArgumentException("assessment.error.deadline");
        }
        texts.seedIfMissing(slug, kind);
        AssessmentRound round = rounds.saveAndFlush(new AssessmentRound(slug, kind, deadline, clock.instant(),
                user.getUsername()));
        audit.info("{} opened the {} round of {} with deadline {}", user.getUsername(), kind, slug, deadline);
        events.publishEvent(new RoundOpened(slug, kind, deadline, clock.instant()));
        return round;
    }

    AnswerSheet sheet(AssessmentRound round, String number, PlansporUser user) {
        Commitment c = mayAnswer(round, number, user);
        var entry = SnapshotTaker.entry(c);
        var answer = answers.findByRoundIdAndCommitmentNumber(round.id(), number);
        if (answer.isEmpty()) {
            return new AnswerSheet(round.planSlug(), round.kind(), round.deadline(), number, entry.title(),
                    entry.leadAgency(), entry.completion(), entry.results(), entry.nextSteps(), entry.milestones(), null, null);
        }
        RoundAnswer a = answer.get();
        var laid = overlay(a).applyTo(entry);
        return new AnswerSheet(round.planSlug(), round.kind(), round.deadline(), number, entry.title(), entry.leadAgency(),
                a.completion(), Txt.of(a.results()), Txt.of(a.nextSteps()), laid.milestones(), a.state(), a.updatedBy());
    }

    RoundAnswer save(AssessmentRound round, String number, AnswerInput input, boolean submit, PlansporUser user) {
        Commitment c = mayAnswer(round, number, user);
        RoundAnswer answer = answers.findByRoundIdAndCommitmentNumber(round.id(), number)
                .orElseGet(() -> new RoundAnswer(round.id(), number, c.leadAgency() == null ? null : c.leadAgency().id()));
        List<String> statuses = input.milestoneStatuses() == null ? List.of() : input.milestoneStatuses();
        answer.fill(input.completion(), LocalizedText.of(input.resultsDa(), input.resultsEn()),
                LocalizedText.of(input.nextStepsDa(), input.nextStepsEn()), json.writeValueAsString(statuses), submit,
                clock.instant(), user.getUsername());
        RoundAnswer saved = answers.saveAndFlush(answer);
        events.publishEvent(new AnswerSaved(round.planSlug(), round.kind(), number, submit, clock.instant()));
        audit.info("{} {} the answer for {} in the {} round of {}", user.getUsername(), submit ? "submitted" : "saved",
                number, round.kind(), round.planSlug());
        return saved;
    }

    List<Progress> progress(AssessmentRound round) {
        Map<String, RoundAnswer> byNumber = new HashMap<>();
        answers.findByRoundId(round.id()).forEach(a -> byNumber.put(a.commitmentNumber(), a));
        List<Progress> all = new ArrayList<>();
        for (Commitment c : catalog.overview(round.planSlug()).sorted()) {
            RoundAnswer a = byNumber.get(c.number());
            Progress.Status status = a == null ? Progress.Status.MISSING
                    : a.state() == RoundAnswer.State.SUBMITTED ? Progress.Status.SUBMITTED : Progress.Status.IN_PROGRESS;
            all.add(new Progress(c.number(), Txt.of(c.title()),
                    c.leadAgency() == null ? Txt.EMPTY : Txt.of(c.leadAgency().name()),
                    c.leadAgency() == null ? null : c.leadAgency().id(), status,
                    a == null ? null : a.updatedBy(), a == null ? null : a.updatedAt()));
        }
        return all;
    }

    ReportSnapshot freeze(AssessmentRound round, PlansporUser user) {
        requireCoordinator(user);
        requireOpen(round);
        Map<String, AnswerOverlay> submitted = new HashMap<>();
        for (RoundAnswer a : answers.findByRoundId(round.id())) {
            if (a.state() == RoundAnswer.State.SUBMITTED) {
                submitted.put(a.commitmentNumber(), overlay(a));
            }
        }
        Instant at = clock.instant();
        ReportSnapshot snapshot = taker.take(round.planSlug(), round.kind(), at, "Planspor", submitted);
        round.freeze(json.writeValueAsString(snapshot), at, user.getUsername(), "Planspor");
        rounds.saveAndFlush(round);
        audit.info("{} froze the {} round of {} ({} submitted answers)", user.getUsername(), round.kind(),
                round.planSlug(), submitted.size());
        events.publishEvent(new RoundFrozen(round.planSlug(), round.kind(), round.id(), at));
        return snapshot;
    }

    private AnswerOverlay overlay(RoundAnswer a) {
        String j = a.milestoneStatusesJson();
        List<String> statuses = j == null ? List.of() : json.readValue(j, new TypeReference<List<String>>() { });
        return new AnswerOverlay(a.completion(), Txt.of(a.results()), Txt.of(a.nextSteps()), statuses);
    }

    private Commitment mayAnswer(AssessmentRound round, String number, PlansporUser user) {
        requireOpen(round);
        Commitment c = catalog.commitment(round.planSlug(), number);
        if (user == null || !user.mayEditCommitmentOf(c.leadAgency() == null ? null : c.leadAgency().id())) {
            throw new AccessDeniedException("Only the lead agency's editors and the coordinator answer for " + number);
        }
        return c;
    }

    static void requireCoordinator(PlansporUser user) {
        if (user == null || !user.isCoordinator()) {
            throw new AccessDeniedException("Only the coordinator runs rounds");
        }
    }

    private static void requireOpen(AssessmentRound round) {
        if (round.isFrozen()) {
            throw new IllegalStateException("assessment.error.frozen");
        }
    }
}
