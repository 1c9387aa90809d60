package dk.planspor.assessment;

import dk.planspor.importer.DocumentImporter;
import dk.planspor.importer.SelfAssessmentImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns every imported self-assessment into a completed, frozen round: when the importer announces one,
 * and once at start-up for those imported before (e.g. seed 004 on an earlier first start, or before
 * this module existed). Both are idempotent, so their order does not matter.
 */
@Component
class ImportedRounds {

    private static final Logger log = LoggerFactory.getLogger(ImportedRounds.class);

    private final SelfAssessments assessments;
    private final DocumentImporter importer;

    ImportedRounds(SelfAssessments assessments, DocumentImporter importer) {
        this.assessments = assessments;
        this.importer = importer;
    }

    @ApplicationModuleListener
    void on(SelfAssessmentImported event) {
        record(event);
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        importer.importedSelfAssessments().forEach(this::record);
    }

    private void record(SelfAssessmentImported event) {
        try {
            if (assessments.recordImported(event)) {
                log.info("Recorded the imported {} of {} as a frozen round", event.kind(), event.planSlug());
            }
        } catch (DataIntegrityViolationException e) {
            log.debug("The round of {} was recorded in parallel", event.planSlug());
        }
    }
}
