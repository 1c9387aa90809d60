package dk.planspor.standards;

import dk.planspor.standards.CycleFacts.CoCreation;
import dk.planspor.standards.CycleFacts.Link;
import dk.planspor.standards.CycleFacts.Meeting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects the facts of one cycle from the {@link FactSource}s. */
final class CycleFactsBuilder {

    private final String planSlug;
    private final LocalDate periodFrom;
    private final LocalDate periodTo;
    private final LocalDate reference;
    private final List<Meeting> meetings = new ArrayList<>();
    private final List<CoCreation> coCreations = new ArrayList<>();
    private Link rulesPage;
    private Link site;
    private LocalDate repositoryUpdated;
    private Link repository;

    CycleFactsBuilder(String planSlug, LocalDate periodFrom, LocalDate periodTo, LocalDate reference) {
        this.planSlug = planSlug;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.reference = reference;
    }

    LocalDate reference() {
        return reference;
    }

    CycleFactsBuilder meeting(Meeting m) {
        meetings.add(m);
        return this;
    }

    CycleFactsBuilder coCreation(CoCreation c) {
        coCreations.add(c);
        return this;
    }

    CycleFactsBuilder rulesPage(Link link) {
        this.rulesPage = link;
        return this;
    }

    CycleFactsBuilder site(Link link) {
        this.site = link;
        return this;
    }

    /** Keeps the latest update of the repository (documents and news). */
    CycleFactsBuilder repositoryUpdated(LocalDate day, Link link) {
        if (day != null && (repositoryUpdated == null || day.isAfter(repositoryUpdated))) {
            repositoryUpdated = day;
            repository = link;
        }
        return this;
    }

    CycleFacts build() {
        return new CycleFacts(planSlug, periodFrom, periodTo, reference, List.copyOf(meetings), rulesPage, site,
                repositoryUpdated, repository, List.copyOf(coCreations));
    }
}
