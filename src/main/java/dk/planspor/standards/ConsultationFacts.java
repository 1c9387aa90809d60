package dk.planspor.standards;

import dk.planspor.consultation.Consultation;
import dk.planspor.consultation.ConsultationDesk;
import dk.planspor.consultation.ConsultationKind;
import dk.planspor.consultation.ResponsePage;
import dk.planspor.platform.Lang;
import dk.planspor.plans.Plan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Requirements 3.1, 3.3 and 4.1 from the plan's co-creation consultations: timeline and opening, online input (every
 * published Planspor consultation takes it), and dispositions. The høringsnotat and reasoned response go in the pack.
 */
@Component
class ConsultationFacts implements FactSource {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final ConsultationDesk desk;

    ConsultationFacts(ConsultationDesk desk) {
        this.desk = desk;
    }

    private List<Consultation> coCreations(Plan plan) {
        return desk.published().stream()
                .filter(c -> c.kind() == ConsultationKind.CO_CREATION && plan.slug().equals(c.planSlug())).toList();
    }

    @Override
    public void contribute(Plan plan, CycleFactsBuilder facts) {
        for (Consultation c : coCreations(plan)) {
            // counted in the database: a consultation may have a million responses
            ResponsePage.Answered counts = desk.answered(c);
            facts.coCreation(new CycleFacts.CoCreation(new CycleFacts.Link(c.title().da(), "/consultations/" + c.slug()),
                    day(c.timelinePublishedAt()), day(c.opensAt()), c.overrideReason(), true, counts.responses(), counts.answered()));
        }
    }

    @Override
    public List<EvidenceFile> files(Plan plan) {
        List<EvidenceFile> files = new ArrayList<>();
        for (Consultation c : coCreations(plan)) {
            files.add(new EvidenceFile("consultations/" + c.slug() + "-hoeringsnotat-da.pdf", "application/pdf",
                    desk.reportPdf(c.slug(), Lang.DA)));
            files.add(new EvidenceFile("consultations/" + c.slug() + "-reasoned-response-en.pdf", "application/pdf",
                    desk.reportPdf(c.slug(), Lang.EN)));
        }
        return files;
    }

    private static LocalDate day(Instant i) {
        return i == null ? null : i.atZone(COPENHAGEN).toLocalDate();
    }
}
