package dk.planspor.assessment;

import dk.planspor.identity.PlansporUser;
import dk.planspor.importer.SelfAssessmentImported;
import dk.planspor.platform.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assessment module's facade: a plan's self-assessment rounds and the reports generated from
 * them. A frozen round's report always comes from its stored snapshot; an open round shows a draft
 * generated from the live data.
 */
@Service
@Transactional(readOnly = true)
public class SelfAssessments {

    private final AssessmentRoundRepository rounds;
    private final SnapshotTaker taker;
    private final RoundWork work;
    private final ReportTexts texts;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final Map<Long, ReportSnapshot> frozen = new ConcurrentHashMap<>();

    SelfAssessments(AssessmentRoundRepository rounds, SnapshotTaker taker, ReportTexts texts, JsonMapper json, Clock clock,
            ApplicationEventPublisher events, org.springframework.jdbc.core.JdbcTemplate jdbc, RoundWork work) {
        this.work = work;
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.taker = taker;
        this.texts = texts;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    /** The rounds of a plan (midterm before final). */
    public List<AssessmentRound> rounds(String planSlug) {
        return rounds.findByPlanSlugOrderByKind(planSlug);
    }

    public Optional<AssessmentRound> round(String planSlug, RoundKind kind) {
        return rounds.findByPlanSlugAndKind(planSlug, kind);
    }

    /**
     * The report of a plan's round: from the snapshot when the round is frozen, otherwise a draft from
     * the live data.
     *
     * @throws NotFoundException when the plan has no such round
     */
    public Report report(String planSlug, RoundKind kind) {
        AssessmentRound round = rounds.findByPlanSlugAndKind(planSlug, kind)
                .orElseThrow(() -> new NotFoundException("assessment.error.noRound", planSlug));
        if (round.isFrozen()) {
            return new Report(round, snapshotOf(round), false);
        }
        return new Report(round, taker.take(planSlug, kind, clock.instant(), null, Map.of()), true);
    }

    /** The stored snapshot of a frozen round, read once (it never changes). */
    public ReportSnapshot snapshotOf(AssessmentRound round) {
        if (!round.isFrozen()) {
            throw new IllegalStateException("An open round has no snapshot");
        }
        return frozen.computeIfAbsent(round.id(), id -> json.readValue(round.snapshotJson(), ReportSnapshot.class));
    }

    /**
     * Records an imported self-assessment as a completed, frozen round whose snapshot is the data just
     * imported. Does nothing when the plan already has a round of that kind.
     *
     * @return whether a round was created
     */
    @Transactional
    public boolean recordImported(SelfAssessmentImported imported) {
        Optional<RoundKind> kind = RoundKind.ofImportKind(imported.kind());
        if (kind.isEmpty()) {
            return false;
        }
        lock(imported.planSlug(), kind.get());
        if (rounds.findByPlanSlugAndKind(imported.planSlug(), kind.get()).isPresent()) {
            return false;
        }
        texts.seedIfMissing(imported.planSlug(), kind.get());
        Instant at = clock.instant();
        String source = imported.file() + (imported.sha256() == null ? "" : " (sha256 " + imported.sha256() + ")");
        AssessmentRound round = new AssessmentRound(imported.planSlug(), kind.get(), null, at, "import");
        round.freeze(write(taker.take(imported.planSlug(), kind.get(), at, source, Map.of())), at, "import", source);
        rounds.saveAndFlush(round);
        events.publishEvent(new RoundFrozen(round.planSlug(), round.kind(), round.id(), at));
        return true;
    }

    /** Every round of every plan, newest first (the coordinator's overview). */
    public List<AssessmentRound> allRounds() {
        return rounds.findAllByOrderByOpenedAtDesc();
    }

    /** The coordinator opens a round for a plan with a deadline. */
    @Transactional
    public AssessmentRound open(String planSlug, RoundKind kind, java.time.LocalDate deadline, PlansporUser user) {
        lock(planSlug, kind);
        return work.open(planSlug, kind, deadline, user);
    }

    /** What the owner of a commitment fills in: the answer so far, or pre-filled from the current data. */
    public AnswerSheet sheet(String planSlug, RoundKind kind, String number, PlansporUser user) {
        return work.sheet(openRound(planSlug, kind), number, user);
    }

    /** Saves an owner's answer as a draft, or submits it. */
    @Transactional
    public RoundAnswer answer(String planSlug, RoundKind kind, String number, AnswerInput input, boolean submit,
            PlansporUser user) {
        return work.save(openRound(planSlug, kind), number, input, submit, user);
    }

    /** The round dashboard: per commitment missing, in progress or submitted. */
    public List<Progress> progress(String planSlug, RoundKind kind) {
        return work.progress(round(planSlug, kind).orElseThrow(() -> new NotFoundException("assessment.error.noRound", planSlug)));
    }

    /** The editable texts of a plan's report for a round (chapter 1 and the closing next steps). */
    public Map<String, dk.planspor.platform.LocalizedText> texts(String planSlug, RoundKind kind) {
        return texts.of(planSlug, kind);
    }

    /** The coordinator edits the report texts of an open round (a frozen round keeps those in its snapshot). */
    @Transactional
    public void editTexts(String planSlug, RoundKind kind, Map<String, dk.planspor.platform.LocalizedText> changed,
            PlansporUser user) {
        RoundWork.requireCoordinator(user);
        AssessmentRound round = openRound(planSlug, kind);
        if (round.isFrozen()) {
            throw new IllegalStateException("assessment.error.frozen");
        }
        changed.forEach((key, text) -> texts.change(planSlug, kind, key, text, user.getUsername()));
        org.slf4j.LoggerFactory.getLogger("dk.planspor.audit.assessment").info("{} edited the report texts of the {} round of {}",
                user.getUsername(), kind, planSlug);
        events.publishEvent(new AnswerSaved(planSlug, kind, null, false, clock.instant()));
    }

    /** The coordinator freezes the round: the snapshot is written once and never changes. */
    @Transactional
    public ReportSnapshot freeze(String planSlug, RoundKind kind, PlansporUser user) {
        lock(planSlug, kind);
        ReportSnapshot snapshot = work.freeze(openRound(planSlug, kind), user);
        frozen.clear();
        return snapshot;
    }

    /** The fields of a frozen round's report that have Danish but no English text. */
    public List<EnglishCheck.Missing> missingEnglish(String planSlug, RoundKind kind) {
        return EnglishCheck.missing(snapshotOf(frozenRound(planSlug, kind)));
    }

    /**
     * Publishes a frozen round's report in Danish and English. When English fields are missing, it is
     * published only with {@code confirmed}; otherwise {@link MissingEnglishException} lists them.
     */
    @Transactional
    public ReportPublished publish(String planSlug, RoundKind kind, boolean confirmed, PlansporUser user) {
        RoundWork.requireCoordinator(user);
        AssessmentRound round = frozenRound(planSlug, kind);
        List<EnglishCheck.Missing> missing = EnglishCheck.missing(snapshotOf(round));
        if (!missing.isEmpty() && !confirmed) {
            throw new MissingEnglishException(missing);
        }
        Instant at = clock.instant();
        round.publish(at, user.getUsername(), "da,en");
        rounds.saveAndFlush(round);
        ReportSnapshot s = snapshotOf(round);
        String base = "/plans/" + planSlug + "/assessments/" + kind.slug();
        ReportPublished event = new ReportPublished(planSlug, kind, round.id(), s.planTitle().da(), s.planTitle().en(),
                List.of("da", "en"), "/da" + base + ".pdf", "/en" + base + ".pdf", "/da" + base + ".docx",
                "/en" + base + ".docx", at, user.getUsername());
        events.publishEvent(event);
        return event;
    }

    /** Publishing was refused: these English fields are missing and the coordinator has not confirmed. */
    public static class MissingEnglishException extends IllegalStateException {
        private final transient List<EnglishCheck.Missing> missing;

        MissingEnglishException(List<EnglishCheck.Missing> missing) {
            super(missing.size() + " English fields are missing");
            this.missing = List.copyOf(missing);
        }

        public List<EnglishCheck.Missing> missing() {
            return missing;
        }
    }

    private AssessmentRound openRound(String planSlug, RoundKind kind) {
        return round(planSlug, kind).orElseThrow(() -> new NotFoundException("assessment.error.noRound", planSlug));
    }

    private AssessmentRound frozenRound(String planSlug, RoundKind kind) {
        AssessmentRound round = openRound(planSlug, kind);
        if (!round.isFrozen()) {
            throw new IllegalStateException("assessment.error.notFrozen");
        }
        return round;
    }

    /**
     * Serialises work on one plan's round across transactions and nodes (a PostgreSQL advisory lock held
     * until commit), so two paths recording the same import do not collide.
     */
    void lock(String planSlug, RoundKind kind) {
        jdbc.queryForList("select 1 from (select pg_advisory_xact_lock(?)) l", Long.valueOf(
                ("assessment:" + planSlug + ":" + kind).hashCode()));
    }

    String write(ReportSnapshot snapshot) {
        return json.writeValueAsString(snapshot);
    }

    AssessmentRound save(AssessmentRound round) {
        return rounds.saveAndFlush(round);
    }
}
