package dk.planspor.importer;

import dk.planspor.platform.Lang;
import dk.planspor.plans.CommitmentContent;
import dk.planspor.plans.Completion;
import dk.planspor.plans.Contact;
import dk.planspor.plans.PlanCatalog;
import dk.planspor.tracking.AdjustmentLedger;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The importer module's facade: read a published plan or self-assessment, and store what it states
 * through the plans module (fields, completion, milestones, contacts) and the tracking module (the
 * document's own list of adjustments). Importing the same file twice changes nothing.
 */
@Service
public class DocumentImporter {

    private static final Map<String, String> KIND_LABEL = Map.of(
            "MIDTERM_SELF_ASSESSMENT", "Midtvejsevaluering",
            "END_OF_TERM_SELF_ASSESSMENT", "Slutevaluering",
            "ACTION_PLAN", "Handlingsplan");

    private final PlanCatalog catalog;
    private final AdjustmentLedger ledger;
    private final ImportRunRepository runs;
    private final Clock clock;
    private final ImportUploadRepository uploads;
    private final org.springframework.context.ApplicationEventPublisher events;

    DocumentImporter(PlanCatalog catalog, AdjustmentLedger ledger, ImportRunRepository runs, Clock clock,
            ImportUploadRepository uploads, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.uploads = uploads;
        this.catalog = catalog;
        this.ledger = ledger;
        this.runs = runs;
        this.clock = clock;
    }

    /** Reads a PDF or text file into an import document, writing nothing. */
    public ImportDocument read(byte[] bytes, String fileName) throws ImportException {
        String text = DocumentReader.read(bytes, fileName);
        return new SelfAssessmentParser().parse(bytes, text, fileName);
    }

    /** Reads and stores a document. */
    @Transactional(rollbackFor = ImportException.class)
    public ImportOutcome load(byte[] bytes, String fileName, String author) throws ImportException {
        return store(read(bytes, fileName), author);
    }

    /** Stores an import document that was read (and perhaps previewed) before. */
    @Transactional(rollbackFor = ImportException.class)
    public ImportOutcome store(ImportDocument doc, String author) throws ImportException {
        if (doc.plan() == null || doc.plan().slug() == null) {
            throw new ImportException("The document does not say which action plan it concerns");
        }
        String slug = doc.plan().slug();
        Lang lang = Lang.fromCode(doc.source().language()).orElse(Lang.DA);
        String reason = reasonFor(doc);
        String source = doc.source().file() + " (sha256 " + doc.source().sha256() + ")";
        List<CommitmentContent> contents = doc.commitments().stream().map(DocumentImporter::toContent).toList();
        PlanCatalog.ImportApplied applied;
        try {
            applied = catalog.applyImport(slug, lang, contents, reason, source, author);
        } catch (IllegalArgumentException e) {
            throw new ImportException(e.getMessage() + "; create the plan first");
        }
        Instant now = clock.instant();
        int notes = 0;
        for (ImportDocument.AdjustmentGroup group : doc.adjustments()) {
            Long commitmentId = catalog.findCommitmentId(slug, group.commitment()).orElse(null);
            for (String item : group.items()) {
                if (ledger.recordNote(slug, commitmentId, group.commitment(), item, reason, author, source, now)) {
                    notes++;
                }
            }
        }
        boolean alreadyImported = runs.existsBySha256(doc.source().sha256());
        runs.save(new ImportRun(doc.source().file(), doc.source().sha256(), doc.source().kind(), slug, author, now,
                applied.created(), applied.changedFields(), notes, doc.warnings().size()));
        if (SelfAssessmentImported.isSelfAssessment(doc.source().kind())) {
            events.publishEvent(new SelfAssessmentImported(slug, doc.source().kind(), doc.source().file(),
                    doc.source().sha256(), doc.source().language(), now));
        }
        return new ImportOutcome(doc, applied.created(), applied.changedFields(), notes, alreadyImported);
    }

    /**
     * What storing the document would change against the current data, field by field, without
     * writing anything.
     */
    public ImportPreview preview(ImportDocument doc) throws ImportException {
        if (doc.plan() == null || doc.plan().slug() == null) {
            throw new ImportException("The document does not say which action plan it concerns");
        }
        Lang lang = Lang.fromCode(doc.source().language()).orElse(Lang.DA);
        List<CommitmentContent> contents = doc.commitments().stream().map(DocumentImporter::toContent).toList();
        try {
            PlanCatalog.ImportApplied applied = catalog.previewImport(doc.plan().slug(), lang, contents, reasonFor(doc),
                    doc.source().file(), "preview");
            return new ImportPreview(doc, applied.created(), applied.adjustments(), runs.existsBySha256(doc.source().sha256()));
        } catch (IllegalArgumentException e) {
            throw new ImportException(e.getMessage() + "; create the plan first");
        }
    }

    /** A preview: the document, how many commitments would be created, and each commitment's changes. */
    public record ImportPreview(ImportDocument document, int commitmentsCreated,
            List<dk.planspor.plans.CommitmentAdjusted> changes, boolean alreadyImported) {
        public int changedFields() {
            return changes.stream().mapToInt(a -> a.changes().size()).sum();
        }
    }

    /**
     * Keeps an uploaded file until the coordinator confirms it, after reading it (so a file that cannot
     * be read is refused at once) and returns its preview.
     */
    @Transactional(rollbackFor = ImportException.class)
    public Upload upload(byte[] bytes, String fileName, String uploadedBy) throws ImportException {
        ImportPreview preview = preview(read(bytes, fileName));
        ImportUpload upload = uploads.save(new ImportUpload(fileName, bytes, uploadedBy, clock.instant()));
        return new Upload(upload.token(), preview);
    }

    /** The preview of an upload waiting for confirmation. */
    public java.util.Optional<Upload> pending(java.util.UUID token) throws ImportException {
        var upload = uploads.findById(token).filter(u -> u.ogpMember() == null);
        if (upload.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Upload(token, preview(read(upload.get().content(), upload.get().fileName()))));
    }

    /** Applies a previewed upload; the upload is then forgotten. */
    @Transactional(rollbackFor = ImportException.class)
    public java.util.Optional<ImportOutcome> confirm(java.util.UUID token, String author) throws ImportException {
        var upload = uploads.findById(token).filter(u -> u.ogpMember() == null);
        if (upload.isEmpty()) {
            return java.util.Optional.empty();
        }
        ImportOutcome outcome = load(upload.get().content(), upload.get().fileName(), author);
        uploads.delete(upload.get());
        return java.util.Optional.of(outcome);
    }

    /** An uploaded file waiting for confirmation, with its preview. */
    public record Upload(java.util.UUID token, ImportPreview preview) {
    }

    /**
     * Every self-assessment stored so far (one per file), oldest first, as the event that announced it;
     * lets a module that came later catch up at start-up.
     */
    @Transactional(readOnly = true)
    public List<SelfAssessmentImported> importedSelfAssessments() {
        java.util.Map<String, SelfAssessmentImported> bySha = new java.util.LinkedHashMap<>();
        for (ImportRun run : runs.findAllByOrderByImportedAtAsc()) {
            if (SelfAssessmentImported.isSelfAssessment(run.kind()) && run.planSlug() != null) {
                bySha.putIfAbsent(run.sha256(), new SelfAssessmentImported(run.planSlug(), run.kind(), run.fileName(),
                        run.sha256(), null, run.importedAt()));
            }
        }
        return List.copyOf(bySha.values());
    }

    /** Whether a file with this checksum has been imported before. */
    public boolean imported(String sha256) {
        return runs.existsBySha256(sha256);
    }

    static String reasonFor(ImportDocument doc) {
        String kind = KIND_LABEL.getOrDefault(doc.source().kind(), "Dokument");
        String plan = doc.plan() == null ? "" : " " + doc.plan().slug();
        return kind + plan + " (" + doc.source().file() + ")";
    }

    static CommitmentContent toContent(ImportDocument.Commitment c) {
        List<CommitmentContent.MilestoneContent> milestones = c.milestones() == null ? List.of()
                : c.milestones().stream()
                        .map(m -> new CommitmentContent.MilestoneContent(m.title(), m.start(), m.end(), m.status()))
                        .toList();
        ImportDocument.Contact k = c.contact();
        Contact contact = k == null ? null : new Contact(k.agency(), k.name(), k.title(), k.email(), k.phone());
        Completion completion = c.completion() == null ? null : Completion.valueOf(c.completion());
        return new CommitmentContent(c.number(), c.title(), c.period(), c.leadAgency(), c.problem(), c.description(),
                c.contribution(), c.relevance(), c.additionalInformation(), completion, c.completionNote(), c.results(),
                c.nextSteps(), milestones, contact, c.otherGovernmentActors(), c.otherNonGovernmentActors());
    }

    /** What an import did. {@code repeated}: the same file had been imported before. */
    public record ImportOutcome(ImportDocument document, int commitmentsCreated, int fieldsChanged, int notesAdded,
            boolean repeated) {
    }
}
