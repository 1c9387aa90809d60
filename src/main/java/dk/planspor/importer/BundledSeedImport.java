package dk.planspor.importer;

import dk.planspor.plans.PlanCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * On first start, imports the bundled 2017-2019 midterm self-assessment (seed 004) through the importer,
 * so the 2017-2019 plan appears in full. Runs before the web server starts; skipped when that file has
 * been imported before.
 */
@Component
class BundledSeedImport implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BundledSeedImport.class);
    static final String SEED = "seed/sources/004_270ecd8201d8a2bf.txt";

    private final DocumentImporter importer;
    private final PlanCatalog catalog;
    private final boolean enabled;

    BundledSeedImport(DocumentImporter importer, PlanCatalog catalog,
            @Value("${planspor.import-bundled-seed:true}") boolean enabled) {
        this.importer = importer;
        this.catalog = catalog;
        this.enabled = enabled;
    }

    /** Off ({@code PLANSPOR_BUNDLED_RECORD=false}) on a platform set up for another OGP member. */
    @org.springframework.beans.factory.annotation.Value("${planspor.bundled-record:true}")
    private boolean bundledRecord = true;

    @Override
    public void afterSingletonsInstantiated() {
        if (!bundledRecord) {
            return;
        }
        if (!enabled) {
            return;
        }
        catalog.ensureDenmarkRecord();
        byte[] bytes;
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = SEED.substring(SEED.lastIndexOf('/') + 1);
        if (importer.imported(SelfAssessmentParser.sha256(bytes))) {
            return; // imported on an earlier start: nothing to read
        }
        try {
            ImportDocument doc = importer.read(bytes, name);
            var outcome = importer.store(doc, "Planspor (første start)");
            log.info("Imported {}: {} commitments, {} adjustments from the document, {} warnings", name,
                    doc.commitments().size(), outcome.notesAdded(), doc.warnings().size());
        } catch (ImportException e) {
            throw new IllegalStateException("The bundled " + name + " could not be imported: " + e.getMessage(), e);
        }
    }
}
