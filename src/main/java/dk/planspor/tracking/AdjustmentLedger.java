package dk.planspor.tracking;

import dk.planspor.plans.CommitmentAdjusted;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tracking module's facade: the public ledger of adjustments. Every {@link CommitmentAdjusted} is
 * recorded in the same transaction as the change itself, so there is never a change without its
 * adjustment (and never an adjustment of a change that was rolled back).
 */
@Service
@Transactional(readOnly = true)
public class AdjustmentLedger {

    private final AdjustmentRepository adjustments;
    private final ApplicationEventPublisher events;

    AdjustmentLedger(AdjustmentRepository adjustments, ApplicationEventPublisher events) {
        this.adjustments = adjustments;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CommitmentAdjusted event) {
        List<Change> changes = event.changes().stream().map(c -> new Change(c.field(), c.before(), c.after())).toList();
        Adjustment saved = adjustments.save(Adjustment.ofChanges(event.planSlug(), event.commitmentId(),
                event.commitmentNumber(), changes, event.reason(), event.author(), event.organisation(), event.source(),
                event.at(), event.authorAccount()));
        events.publishEvent(new AdjustmentRecorded(saved.id(), saved.planSlug(), saved.commitmentNumber()));
    }

    /**
     * The adjustments of an import, one per commitment, recorded in the same transaction as the changes (saved
     * together, so they go to the database in JDBC batches).
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(dk.planspor.plans.CommitmentsAdjusted event) {
        List<Adjustment> saved = adjustments.saveAll(event.adjustments().stream().map(e -> Adjustment.ofChanges(
                e.planSlug(), e.commitmentId(), e.commitmentNumber(),
                e.changes().stream().map(c -> new Change(c.field(), c.before(), c.after())).toList(), e.reason(),
                e.author(), e.organisation(), e.source(), e.at(), e.authorAccount())).toList());
        saved.forEach(a -> events.publishEvent(new AdjustmentRecorded(a.id(), a.planSlug(), a.commitmentNumber())));
    }

    /** The key under which a plan's own adjustments (title, period, themes …) are kept. */
    public static final String PLAN_ITSELF = "plan";

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(dk.planspor.plans.PlanAdjusted event) {
        Adjustment saved = adjustments.save(ofPlan(event));
        events.publishEvent(new AdjustmentRecorded(saved.id(), saved.planSlug(), saved.commitmentNumber()));
    }

    /** The plans an import created, each with its first adjustment, saved together. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(dk.planspor.plans.PlansCreated event) {
        adjustments.saveAll(event.creations().stream().map(AdjustmentLedger::ofPlan).toList())
                .forEach(a -> events.publishEvent(new AdjustmentRecorded(a.id(), a.planSlug(), a.commitmentNumber())));
    }

    private static Adjustment ofPlan(dk.planspor.plans.PlanAdjusted event) {
        List<Change> changes = event.changes().stream().map(c -> new Change(c.field(), c.before(), c.after())).toList();
        return Adjustment.ofChanges(event.planSlug(), null, PLAN_ITSELF, changes, event.reason(), event.author(),
                event.organisation(), null, event.at(), event.authorAccount());
    }

    /**
     * Records an adjustment as a published document words it (an item of a self-assessment's
     * "Justeringer" list). Recording the same item from the same source again does nothing.
     *
     * @return true when it was new
     */
    @Transactional
    public boolean recordNote(String planSlug, Long commitmentId, String commitmentNumber, String note, String reason,
            String author, String source, Instant at) {
        String key = sha256(planSlug + "\n" + commitmentNumber + "\n" + source + "\n" + note);
        if (adjustments.existsByDedupeKey(key)) {
            return false;
        }
        Adjustment saved = adjustments.save(Adjustment.ofNote(planSlug, commitmentId, commitmentNumber, note, reason,
                author, source, at, key));
        events.publishEvent(new AdjustmentRecorded(saved.id(), planSlug, commitmentNumber));
        return true;
    }

    /** All adjustments of a plan, oldest first, grouped by commitment number in plan order. */
    public Map<String, List<Adjustment>> forPlan(String planSlug) {
        Map<String, List<Adjustment>> grouped = new LinkedHashMap<>();
        adjustments.findByPlanSlugOrderByRecordedAtAscIdAsc(planSlug).stream()
                .sorted(java.util.Comparator.comparingInt((Adjustment a) -> sortKey(a.commitmentNumber())))
                .forEach(a -> grouped.computeIfAbsent(a.commitmentNumber(), k -> new java.util.ArrayList<>()).add(a));
        return grouped;
    }

    /** A commitment's adjustments, newest first. */
    public List<Adjustment> forCommitment(String planSlug, String number) {
        return adjustments.findByPlanSlugAndCommitmentNumberOrderByRecordedAtDescIdDesc(planSlug, number);
    }

    private static int sortKey(String number) {
        String[] p = number.split("\\.");
        try {
            return Integer.parseInt(p[0]) * 1000 + (p.length > 1 ? Integer.parseInt(p[1]) : 0);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
