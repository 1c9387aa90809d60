package dk.planspor.plans;

import dk.planspor.identity.PlansporUser;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The staff use cases behind {@link PlanCatalog}'s edit methods: check that the user may edit the
 * commitment (coordinator, or an agency editor of its lead agency), that nobody saved it in between
 * (the version the form was loaded with), require a reason, apply the change on the aggregate and publish
 * it as a {@link CommitmentAdjusted} with author, organisation, time and reason.
 */
@Component
class CommitmentEditor {

    private final CommitmentRepository commitments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommitmentEditor(CommitmentRepository commitments, ApplicationEventPublisher events, Clock clock) {
        this.commitments = commitments;
        this.events = events;
        this.clock = clock;
    }

    /** Loads a commitment for editing, or refuses. */
    Commitment forEditing(String slug, String number, PlansporUser user) {
        Commitment c = commitments.findFull(slug, number)
                .orElseThrow(() -> new dk.planspor.platform.NotFoundException("error.commitmentNotFound", number, slug));
        Long agency = c.leadAgency() == null ? null : c.leadAgency().id();
        if (user == null || !user.mayEditCommitmentOf(agency)) {
            throw new AccessDeniedException("Only the coordinator and editors of the lead agency edit this commitment");
        }
        return c;
    }

    List<FieldChange> change(String slug, String number, long expectedVersion, String reason, PlansporUser user,
            Function<Commitment, List<FieldChange>> change) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A change needs a reason");
        }
        Commitment c = forEditing(slug, number, user);
        if (c.version() != expectedVersion) {
            throw new ConcurrentEditException(c.version());
        }
        List<FieldChange> changes = change.apply(c);
        if (changes.isEmpty()) {
            return changes;
        }
        c.touch();
        commitments.saveAndFlush(c);
        // the operational trace of a staff change (the adjustment itself, with the reason, is the public record);
        // the request id in the log line ties it to the proxy's log
        org.slf4j.LoggerFactory.getLogger("dk.planspor.audit.plans").info("{} changed {} of commitment {} {}",
                user.getUsername(), changes.stream().map(FieldChange::field).distinct().toList(), slug, c.number());
        events.publishEvent(new CommitmentAdjusted(slug, c.id(), c.number(), List.copyOf(changes), reason.strip(),
                user.displayName(), user.organisationName(), clock.instant(), null, user.getUsername()));
        return changes;
    }
}
