package dk.planspor.search;

import dk.planspor.plans.CommitmentAdjusted;
import dk.planspor.plans.CommitmentsImported;
import dk.planspor.plans.PlanAdjusted;
import dk.planspor.plans.PlanCatalog;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index current. Every event of a changed commitment or plan re-indexes it after the change committed
 * (retried from the event registry if it fails). At start-up each source whose indexed count differs from its real
 * count is brought up to date, which covers a new installation and data loaded before the index existed.
 */
@Component
class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final SearchIndex index;
    private final List<SearchSource> sources;
    private final PlanSearchSource plans;
    private final PlanCatalog catalog;

    private final TransactionTemplate tx;

    private final ConsultationSearchSource consultations;

    SearchIndexer(SearchIndex index, List<SearchSource> sources, PlanSearchSource plans, PlanCatalog catalog,
            TransactionTemplate tx, ConsultationSearchSource consultations) {
        this.consultations = consultations;
        this.tx = tx;
        this.index = index;
        this.sources = sources;
        this.plans = plans;
        this.catalog = catalog;
    }

    @ApplicationModuleListener
    public void on(CommitmentAdjusted event) {
        reindexCommitment(event.planSlug(), event.commitmentNumber());
    }

    @ApplicationModuleListener
    public void on(CommitmentsImported event) {
        event.numbers().forEach(n -> reindex(event.planSlug(), n));
    }

    @ApplicationModuleListener
    public void on(PlanAdjusted event) {
        catalog.overview(event.planSlug()).commitments().forEach(c -> reindex(event.planSlug(), c.number()));
    }

    @ApplicationModuleListener
    public void on(dk.planspor.forum.ForumChanged event) {
        rebuild(ForumSearchSource.class);
    }

    @ApplicationModuleListener
    public void on(dk.planspor.library.LibraryChanged event) {
        rebuild(LibrarySearchSource.class);
    }

    /**
     * A change of one response (moderated, answered, deleted, arrived late) re-indexes that response only: a
     * consultation may have a million. A change of the consultation itself (its title is in every response's entry,
     * its deadline decides whether responses are public) writes all its entries again, in batches, and only the
     * entries that changed reach the table.
     */
    @ApplicationModuleListener
    public void on(dk.planspor.consultation.ConsultationChanged event) {
        if (event.responseId() != null) {
            tx.executeWithoutResult(status -> {
                index.lock("consultation/" + event.slug(), true);
                index.lock("response/" + event.responseId(), false);
                if (!consultations.response(event.slug(), event.responseId(), index::put)) {
                    index.remove(ConsultationSearchSource.RESPONSE, ConsultationSearchSource.ref(event.slug(), event.responseId()));
                }
            });
            return;
        }
        tx.executeWithoutResult(status -> {
            index.lock("consultation/" + event.slug(), false);
            long[] responses = {0};
            boolean published;
            try (SearchIndex.Writer writer = index.writer()) {
                published = consultations.consultation(event.slug(), e -> {
                    writer.accept(e);
                    if (e.kind().equals(ConsultationSearchSource.RESPONSE)) {
                        responses[0]++;
                    }
                });
            }
            if (!published) {
                index.remove(ConsultationSearchSource.CONSULTATION, event.slug());
            }
            // every public response now has its entry: more entries than that means some are no longer public
            String prefix = event.slug() + "/";
            if (index.countWithPrefix(ConsultationSearchSource.RESPONSE, prefix) > responses[0]) {
                index.removeOthers(ConsultationSearchSource.RESPONSE, prefix, refs -> consultations.consultation(event.slug(),
                        e -> {
                            if (e.kind().equals(ConsultationSearchSource.RESPONSE)) {
                                refs.accept(e.ref());
                            }
                        }));
            }
        });
    }

    /** Responses become public when a deadline passes, which no event announces: check the counts every hour. */
    @org.springframework.scheduling.annotation.Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "search-reconcile", lockAtMostFor = "PT50M")
    public void hourly() {
        reconcile();
    }

    private void rebuild(Class<? extends SearchSource> type) {
        sources.stream().filter(type::isInstance).forEach(this::rebuild);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Async
    public void reconcile() {
        for (SearchSource source : sources) {
            long have = index.count(source.kinds());
            long want = source.count();
            if (have != want) {
                rebuild(source);
                log.info("Search index: brought {} up to date ({} entries; it had {})", source.kinds(), want, have);
            }
        }
    }

    /**
     * Brings every entry of {@code source} up to date, in one transaction, in batches: writes the missing and changed
     * ones and removes those the source no longer has. Entries that did not change are not written again, so
     * repairing one missing entry among a million responses does not rewrite the other 999,999.
     */
    public void rebuild(SearchSource source) {
        tx.executeWithoutResult(status -> {
            index.lock("source/" + source.getClass().getSimpleName(), false);
            index.sync(source.kinds(), source::all);
        });
    }

    public void reindexCommitment(String planSlug, String number) {
        tx.executeWithoutResult(status -> reindex(planSlug, number));
    }

    private void reindex(String planSlug, String number) {
        index.lock("source/" + PlanSearchSource.class.getSimpleName(), true);
        index.lock("commitment/" + planSlug + "/" + number, false);
        List<SearchEntry> entries = plans.commitment(planSlug, number);
        entries.forEach(index::put);
        String ref = PlanSearchSource.ref(planSlug, number);
        index.removeOthers(PlanSearchSource.MILESTONE, ref + "/",
                entries.stream().filter(e -> e.kind().equals(PlanSearchSource.MILESTONE)).map(SearchEntry::ref).toList());
    }
}
