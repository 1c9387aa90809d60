package dk.planspor.standards;

import dk.planspor.library.DocumentBank;
import dk.planspor.library.LibraryDocument;
import dk.planspor.library.NewsPost;
import dk.planspor.plans.Plan;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Requirement 2.2 from the library: the latest document or news post up to the day judged on. The plan's documents
 * (plans, self-assessments, IRM reports, minutes) go into the evidence pack.
 */
@Component
class LibraryFacts implements FactSource {

    private final DocumentBank bank;

    LibraryFacts(DocumentBank bank) {
        this.bank = bank;
    }

    @Override
    public void contribute(Plan plan, CycleFactsBuilder facts) {
        java.time.LocalDate reference = facts.reference();
        for (LibraryDocument d : bank.documents()) {
            if (d.date() != null && !d.date().isAfter(reference)) {
                facts.repositoryUpdated(d.date(), new CycleFacts.Link(d.title() + " (" + d.date() + ")", "/library"));
            }
        }
        for (NewsPost p : bank.news().posts()) {
            if (!p.date().isAfter(reference)) {
                facts.repositoryUpdated(p.date(), new CycleFacts.Link(p.title().da() + " (" + p.date() + ")", "/news/" + p.slug()));
            }
        }
    }

    @Override
    public List<EvidenceFile> files(Plan plan) {
        List<EvidenceFile> files = new ArrayList<>();
        for (LibraryDocument d : bank.documents()) {
            if (plan.slug().equals(d.planSlug())) {
                files.add(new EvidenceFile("documents/" + d.id() + "-" + d.fileName(), d.mediaType(), bank.file(d.id())));
            }
        }
        return files;
    }
}
