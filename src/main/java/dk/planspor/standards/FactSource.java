package dk.planspor.standards;

import dk.planspor.plans.Plan;
import java.util.List;

/**
 * Contributes what one part of the platform knows about a plan cycle (meetings, repository, consultations), and the
 * files that prove it for the evidence pack. Each source reads one module's facade.
 */
interface FactSource {

    void contribute(Plan plan, CycleFactsBuilder facts);

    /** Files (PDFs) for the IRM's evidence pack: a name inside the zip and the bytes. */
    default List<EvidenceFile> files(Plan plan) {
        return List.of();
    }

    record EvidenceFile(String name, String contentType, byte[] bytes) {
    }
}
