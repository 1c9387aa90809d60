package dk.planspor.assessment;

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
    private final ReportTexts texts;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final Map<Long, ReportSnapshot> frozen = new ConcurrentHashMap<>();

    SelfAssessments(AssessmentRoundRepository rounds, SnapshotTaker taker, ReportTexts texts, JsonMapper json, Clock clock,
            ApplicationEventPublisher events, org.springframework.jdbc.core.JdbcTemplate jdbc) {
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
