package dk.planspor.consultation;

import dk.planspor.consultation.ConsultationException.Kind;
import dk.planspor.consultation.ConsultationStore.AuditEntry;
import dk.planspor.identity.PlansporUser;
import dk.planspor.platform.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultation module's facade: consultations and their timeline, public submissions (idempotent, committed
 * before they are acknowledged), moderation, the reasoned-response ledger and the GDPR erasure. Every staff action
 * is audited with who, when, what and why.
 */
@Service
public class ConsultationDesk {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConsultationStore consultations;
    private final ResponseStore responses;
    private final AttachmentInspector inspector;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReportRenderer reports;
    private final ReceiptMailer receipts;
    private final ConsultationMetrics metrics;

    ConsultationDesk(ConsultationStore consultations, ResponseStore responses, AttachmentInspector inspector,
            ApplicationEventPublisher events, Clock clock, ReportRenderer reports, ReceiptMailer receipts,
            ConsultationMetrics metrics) {
        this.metrics = metrics;
        this.reports = reports;
        this.receipts = receipts;
        this.consultations = consultations;
        this.responses = responses;
        this.inspector = inspector;
        this.events = events;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Published consultations, newest deadline first. */
    @Transactional(readOnly = true)
    public List<Consultation> published() {
        return consultations.all().stream().filter(Consultation::published).toList();
    }

    /** Every consultation, drafts included (staff). */
    @Transactional(readOnly = true)
    public List<Consultation> all() {
        return consultations.all();
    }

    /** A published consultation; a draft is not found for the public. */
    @Transactional(readOnly = true)
    public Consultation publicConsultation(String slug) {
        return consultations.find(slug).filter(Consultation::published)
                .orElseThrow(() -> new NotFoundException("consultation.notFound", slug));
    }

    @Transactional(readOnly = true)
    public Consultation consultation(String slug) {
        return consultations.find(slug).orElseThrow(() -> new NotFoundException("consultation.notFound", slug));
    }

    @Transactional(readOnly = true)
    public Optional<Consultation> find(String slug) {
        return consultations.find(slug);
    }

    /**
     * Stores a response. Attachments are checked by content first; nothing is stored when one is refused. A
     * repeated idempotency key returns the first response's id. The transaction commits before this returns, so
     * the id the caller acknowledges is durable. The receipt mail is queued in the same transaction (the
     * {@code consultation_receipt} outbox) and sent by {@link ReceiptMailer} after the commit.
     */
    @Transactional
    public Receipt submit(String slug, Submission s) {
        Instant now = now();
        if (s.attachments().isEmpty()) {
            // The common case in one statement: check that the consultation takes responses now, store the response,
            // queue its receipt. Anything else (unknown or closed consultation, repeated key) takes the path below,
            // which finds the reason or the earlier response.
            Optional<Receipt> stored = responses.insertIfAccepting(slug, UUID.randomUUID(), s, now, newToken());
            if (stored.isPresent()) {
                stored(slug, s, stored.get());
                return stored.get();
            }
        }
        Consultation c = consultations.findBare(slug).filter(Consultation::published)
                .orElseThrow(() -> new NotFoundException("consultation.notFound", slug));
        if (!c.accepts(now)) {
            throw c.state(now) == ConsultationState.CLOSED
                    ? new ConsultationException(Kind.CLOSED, "consultation.closedReason")
                    : new ConsultationException(Kind.NOT_OPEN, "consultation.notOpenReason");
        }
        List<String> types = new ArrayList<>();
        for (Submission.Upload u : s.attachments()) {
            types.add(inspector.inspect(u.filename(), u.content()));
        }
        boolean late = c.state(now) == ConsultationState.CLOSED;
        Receipt receipt = responses.insert(c.id(), UUID.randomUUID(), s, now, late, newToken());
        if (!receipt.repeated()) {
            for (int i = 0; i < s.attachments().size(); i++) {
                Submission.Upload u = s.attachments().get(i);
                responses.attach(receipt.id(), u.filename(), types.get(i), u.content());
            }
            stored(c.slug(), s, receipt);
        }
        return receipt;
    }

    /** After a new response: its receipt goes out once this commits; a late one changes the public page. */
    private void stored(String slug, Submission s, Receipt receipt) {
        metrics.acceptedOnCommit();
        if (s.email() != null && !s.email().isBlank()) {
            receipts.afterCommit(); // the receipt row is in the outbox
        }
        if (receipt.late()) {
            events.publishEvent(new ConsultationChanged(slug, "late-response", receipt.id()));
        }
    }

    private static String newToken() {
        return HexFormat.of().formatHex(bytes(24));
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /** One page of all responses, for staff, in the order they arrived. */
    @Transactional(readOnly = true)
    public ResponsePage responses(Consultation c, int page) {
        long total = responses.count(c.id());
        int p = ResponsePage.clamp(page, total);
        return new ResponsePage(responses.page(c.id(), false, ResponsePage.offset(p), ResponsePage.SIZE), p, total);
    }

    /**
     * What the public sees, a page at a time: nothing before the deadline; afterwards every response not hidden by a
     * moderator, in the order they arrived.
     */
    @Transactional(readOnly = true)
    public ResponsePage publishedResponses(Consultation c, int page) {
        if (c.state(now()) != ConsultationState.CLOSED) {
            return new ResponsePage(List.of(), 1, 0);
        }
        long total = responses.countVisible(c.id());
        int p = ResponsePage.clamp(page, total);
        return new ResponsePage(responses.page(c.id(), true, ResponsePage.offset(p), ResponsePage.SIZE), p, total);
    }

    /** How many responses a consultation has, and how many of them have a reasoned answer, counted in the database. */
    @Transactional(readOnly = true)
    public ResponsePage.Answered answered(Consultation c) {
        return new ResponsePage.Answered(responses.count(c.id()), responses.countAnswered(c.id()));
    }

    /**
     * The same responses as {@link #publishedResponses}, without attachments, streamed from the database for
     * exports of any size. The stream must be used inside the caller's transaction and closed.
     */
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public java.util.stream.Stream<Response> streamPublishedResponses(Consultation c) {
        if (c.state(now()) != ConsultationState.CLOSED) {
            return java.util.stream.Stream.empty();
        }
        return responses.streamVisible(c.id());
    }

    /** One response as {@link #publishedResponses} would give it, or empty when it is not (or no longer) public. */
    @Transactional(readOnly = true)
    public Optional<Response> publishedResponse(Consultation c, UUID id) {
        if (c.state(now()) != ConsultationState.CLOSED) {
            return Optional.empty();
        }
        return responses.find(id).filter(r -> r.consultationId() == c.id() && !r.hidden());
    }

    /** How many responses {@link #publishedResponses} would give, counted in the database. */
    @Transactional(readOnly = true)
    public long publishedResponseCount(Consultation c) {
        return c.state(now()) != ConsultationState.CLOSED ? 0 : responses.countVisible(c.id());
    }

    @Transactional(readOnly = true)
    public long responseCount(Consultation c) {
        return responses.count(c.id());
    }

    @Transactional(readOnly = true)
    public Response response(UUID id) {
        return responses.find(id).orElseThrow(() -> new NotFoundException("consultation.responseNotFound", id));
    }

    /** Responses whose disposition names the commitment, for its page ("came from these inputs"). */
    @Transactional(readOnly = true)
    public List<Input> inputsFor(String planSlug, String number) {
        return responses.feeding(planSlug + "/" + number).stream().filter(r -> !r.hidden() && r.disposition() != null)
                .map(r -> new Input(r, consultations.findById(r.consultationId()).orElseThrow()))
                .filter(i -> i.consultation().published()).toList();
    }

    /** A response with the consultation it answered. */
    public record Input(Response response, Consultation consultation) {
    }

    /** An attachment's bytes, only once the response is public (or for staff via {@code staff}). */
    @Transactional(readOnly = true)
    public Optional<StoredAttachment> attachment(long id, boolean staff) {
        return responses.attachment(id).filter(a -> staff || !a.withheld() && responses.find(a.responseId())
                .map(r -> !r.hidden() && r.anonymisedAt() == null && consultations.findById(r.consultationId())
                        .map(c -> c.state(now()) == ConsultationState.CLOSED).orElse(false)).orElse(false));
    }

    /**
     * The høringsnotat (Danish) or reasoned response (English) as XHTML, once the deadline has passed: a summary and
     * answer per published response (the first {@value ReportContent#RESPONSES}, saying so when there are more) and
     * the alphabetical høringsliste with marks for those who responded.
     */
    @Transactional(readOnly = true)
    public String reportHtml(String slug, dk.planspor.platform.Lang lang) {
        Consultation c = closedConsultation(slug);
        return reports.html(c, ReportContent.of(responses, c), lang, false);
    }

    @Transactional(readOnly = true)
    public byte[] reportPdf(String slug, dk.planspor.platform.Lang lang) {
        Consultation c = closedConsultation(slug);
        return reports.pdf(c, ReportContent.of(responses, c), lang);
    }

    private Consultation closedConsultation(String slug) {
        Consultation c = publicConsultation(slug);
        if (c.state(now()) != ConsultationState.CLOSED) {
            throw new NotFoundException("consultation.report.notYet", slug);
        }
        return c;
    }

    // ---- staff: consultations and the co-creation timeline ----

    @Transactional
    public String create(ConsultationEdit e, PlansporUser who, String reason) {
        long id = consultations.insert(e);
        audit(id, null, who, "create", e.slug(), reason);
        events.publishEvent(new ConsultationChanged(e.slug(), "create"));
        return e.slug();
    }

    /** Saves the fields; false when someone else saved since {@code version} was read. */
    @Transactional
    public boolean edit(String slug, long version, ConsultationEdit e, PlansporUser who, String reason) {
        Consultation c = consultation(slug);
        if (!consultations.update(c.id(), version, e)) {
            return false;
        }
        audit(c.id(), null, who, "edit", e.changesFrom(c), reason);
        events.publishEvent(new ConsultationChanged(slug, "edit"));
        return true;
    }

    @Transactional
    public void publishTimeline(String slug, PlansporUser who, String reason) {
        Consultation c = consultation(slug);
        consultations.publishTimeline(c.id(), now());
        audit(c.id(), null, who, "timeline", String.valueOf(now()), reason);
        events.publishEvent(new ConsultationChanged(slug, "timeline"));
    }

    /**
     * Publishes the consultation. A co-creation consultation opening less than 14 days after its timeline was
     * published needs an override reason, which is recorded for the compliance check.
     */
    @Transactional
    public void open(String slug, String overrideReason, PlansporUser who, String reason) {
        Consultation c = consultation(slug);
        String override = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (!c.noticeKept() && override == null) {
            throw new ConsultationException(Kind.BAD_INPUT, "consultation.admin.noticeNeeded");
        }
        consultations.open(c.id(), now(), c.noticeKept() ? null : override);
        audit(c.id(), null, who, c.noticeKept() ? "open" : "open-override", override, reason);
        events.publishEvent(new ConsultationChanged(slug, "open"));
    }

    @Transactional
    public void acceptLate(String slug, boolean accept, PlansporUser who, String reason) {
        Consultation c = consultation(slug);
        consultations.acceptLate(c.id(), accept);
        audit(c.id(), null, who, accept ? "accept-late" : "refuse-late", null, reason);
        events.publishEvent(new ConsultationChanged(slug, "late"));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> auditOf(Consultation c) {
        return consultations.auditOf(c.id());
    }

    // ---- staff: moderation and the reasoned-response ledger ----

    @Transactional
    public void redact(UUID id, String text, PlansporUser who, String reason) {
        Response r = response(id);
        responses.redact(id, text == null || text.isBlank() ? null : text.strip(), who.displayName());
        audit(r.consultationId(), id, who, "redact", null, reason);
        changed(r, "redact");
    }

    /** Withholds an attachment from the public with a reason (it stays for staff), or releases it when the reason is blank. */
    @Transactional
    public void withholdAttachment(UUID id, long attachmentId, String reason, PlansporUser who) {
        Response r = response(id);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        String file = r.attachments().stream().filter(a -> a.id() == attachmentId).map(Response.AttachmentInfo::filename)
                .findFirst().orElseThrow(() -> new NotFoundException("consultation.responseNotFound", attachmentId));
        responses.withhold(id, attachmentId, why, who.displayName());
        audit(r.consultationId(), id, who, why == null ? "release-attachment" : "withhold-attachment", file, why);
        changed(r, "attachment");
    }

    @Transactional
    public void hide(UUID id, String hiddenReason, PlansporUser who) {
        Response r = response(id);
        String why = hiddenReason == null || hiddenReason.isBlank() ? null : hiddenReason.strip();
        responses.hide(id, why);
        audit(r.consultationId(), id, who, why == null ? "unhide" : "hide", null, why);
        changed(r, "hide");
    }

    @Transactional
    public void dispose(UUID id, String summary, Disposition d, String dispositionReason, List<String> commitments,
            PlansporUser who) {
        Response r = response(id);
        String refs = String.join(",", commitments);
        responses.dispose(id, summary, d, dispositionReason, refs.isBlank() ? null : refs);
        audit(r.consultationId(), id, who, "disposition", d + " " + refs, dispositionReason);
        changed(r, "disposition");
    }

    // ---- GDPR ----

    /** The sender asked for deletion: their personal data, text and attachments go; the ledger keeps a stub. */
    @Transactional
    public boolean deleteOnRequest(String token, String replacementBody) {
        Optional<UUID> id = responses.byDeletionToken(token);
        id.ifPresent(x -> {
            Response r = response(x);
            responses.anonymise(x, now(), replacementBody);
            consultations.audit(r.consultationId(), x, "sender", now(), "delete-request", null, null);
            changed(r, "delete");
        });
        return id.isPresent();
    }

    /**
     * Erases names and e-mail addresses of responses to consultations closed longer than {@code retention} ago, logs
     * it per consultation and has the search index of those consultations brought up to date.
     */
    @Transactional
    public int erasePersonalData(Duration retention) {
        Instant at = now();
        java.util.Map<Long, Integer> erased = responses.erasePersonalDataOfClosedBefore(at.minus(retention), at);
        erased.forEach((consultationId, n) -> {
            consultations.audit(consultationId, null, "system", at, "retention", n + " responses", "Retention " + retention);
            consultations.findById(consultationId).ifPresent(c -> events.publishEvent(new ConsultationChanged(c.slug(), "retention")));
        });
        return erased.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void changed(Response r, String action) {
        consultations.findById(r.consultationId())
                .ifPresent(c -> events.publishEvent(new ConsultationChanged(c.slug(), action, r.id())));
    }

    private void audit(long consultationId, UUID responseId, PlansporUser who, String action, String detail, String reason) {
        consultations.audit(consultationId, responseId, who.displayName() + " <" + who.getUsername() + ">", now(), action,
                detail, reason);
    }
}
