package dk.planspor.plans;

import dk.planspor.identity.Organisation;
import dk.planspor.identity.OrganisationDirectory;
import dk.planspor.platform.Lang;
import dk.planspor.platform.LocalizedText;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The use case behind {@link PlanCatalog#applyImport}: fill or update a plan's commitments from what a
 * published document states, and publish each resulting change with its reason.
 */
@Component
class PlanImports {

    private final PlanRepository plans;
    private final ThemeRepository themes;
    private final CommitmentRepository commitments;
    private final OrganisationDirectory organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanImports(PlanRepository plans, ThemeRepository themes, CommitmentRepository commitments,
            OrganisationDirectory organisations, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.themes = themes;
        this.commitments = commitments;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    PlanCatalog.ImportApplied apply(String planSlug, Lang lang, List<CommitmentContent> contents, String reason,
            String source, String author) {
        Plan plan = plans.findBySlug(planSlug).orElseThrow(() -> new UnknownPlanException(planSlug));
        int created = 0;
        List<CommitmentAdjusted> adjusted = new ArrayList<>();
        List<String> written = new ArrayList<>();
        Instant now = clock.instant();
        for (CommitmentContent content : contents) {
            Commitment commitment = commitments.findFull(planSlug, content.number()).orElse(null);
            if (commitment == null) {
                commitment = new Commitment(plan, themeFor(plan, content.number()), content.number(),
                        LocalizedText.of(null, null).with(lang, content.title()), null);
                created++;
            }
            Organisation agency = content.leadAgency() == null ? null : organisations.byNameOrRegister(content.leadAgency());
            List<FieldChange> changes = commitment.apply(content, lang, agency);
            boolean isNew = commitment.id() == null;
            commitment = commitments.save(commitment);
            if (isNew || !changes.isEmpty()) {
                written.add(commitment.number());
            }
            if (!changes.isEmpty()) {
                CommitmentAdjusted event = new CommitmentAdjusted(planSlug, commitment.id(), commitment.number(),
                        List.copyOf(changes), reason, author, null, now, source, author);
                events.publishEvent(event);
                adjusted.add(event);
            }
        }
        if (!written.isEmpty()) {
            events.publishEvent(new CommitmentsImported(planSlug, List.copyOf(written)));
        }
        return new PlanCatalog.ImportApplied(planSlug, created, adjusted);
    }

    private Theme themeFor(Plan plan, String number) {
        String major = number.split("\\.")[0];
        return themes.findByPlanOrderByNumber(plan).stream()
                .filter(t -> String.valueOf(t.number()).equals(major) && number.contains("."))
                .findFirst().orElse(null);
    }

    /** The document names a plan that Planspor does not have. */
    static class UnknownPlanException extends IllegalArgumentException {
        UnknownPlanException(String slug) {
            super("Planspor has no plan " + slug);
        }
    }
}
