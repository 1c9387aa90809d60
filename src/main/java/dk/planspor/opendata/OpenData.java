package dk.planspor.opendata;

import dk.planspor.consultation.Consultation;
import dk.planspor.consultation.ConsultationDesk;
import dk.planspor.forum.OgpForum;
import dk.planspor.identity.Organisation;
import dk.planspor.library.DocumentBank;
import dk.planspor.platform.LocalizedText;
import dk.planspor.plans.Commitment;
import dk.planspor.plans.CommitmentTemplate;
import dk.planspor.plans.Contact;
import dk.planspor.plans.Milestone;
import dk.planspor.plans.Plan;
import dk.planspor.plans.PlanCatalog;
import dk.planspor.plans.PlanCatalog.PlanOverview;
import dk.planspor.tracking.Adjustment;
import dk.planspor.tracking.AdjustmentLedger;
import dk.planspor.tracking.Change;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open-data module's facade: builds each published dataset as a {@link Table}, for one plan or for
 * the whole record. It reads through the other modules' facades only (plans, tracking, consultation, forum,
 * library), so the datasets show exactly what the public pages show.
 */
@Service
public class OpenData {

    private final PlanCatalog catalog;
    private final AdjustmentLedger ledger;
    private final DashboardBuilder dashboards;
    private final ConsultationDesk consultations;
    private final OgpForum forum;
    private final DocumentBank library;
    private final String baseUrl;
    private final dk.planspor.plans.IrmRecord irm;
    private final OgpSheet.Member member;
    private final jakarta.persistence.EntityManager entities;

    /** Plans per chunk of the export in OGP's layout. */
    static final int OGP_SHEET_CHUNK = 200;

    OpenData(PlanCatalog catalog, AdjustmentLedger ledger, DashboardBuilder dashboards, ConsultationDesk consultations,
            OgpForum forum, DocumentBank library, @Value("${planspor.base-url:http://localhost:8080}") String baseUrl,
            dk.planspor.plans.IrmRecord irm, @Value("${planspor.ogp.member}") String memberCode,
            @Value("${planspor.ogp.member-name}") String memberName, @Value("${planspor.ogp.region}") String region,
            @Value("${planspor.ogp.commitment-url}") String commitmentUrl, jakarta.persistence.EntityManager entities) {
        this.entities = entities;
        this.irm = irm;
        this.member = new OgpSheet.Member(memberCode, memberName, region, commitmentUrl);
        this.catalog = catalog;
        this.ledger = ledger;
        this.dashboards = dashboards;
        this.consultations = consultations;
        this.forum = forum;
        this.library = library;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** A plan's dashboard: completion distribution, milestone timeline, late milestones. */
    @Transactional(readOnly = true)
    public Dashboards.PlanDashboard dashboard(String planSlug) {
        return dashboards.plan(planSlug);
    }

    /** Completion per plan since 2012 and per lead agency. */
    @Transactional(readOnly = true)
    public Dashboards.RecordDashboard recordDashboard() {
        return dashboards.record();
    }

    /** Receives a table while its rows are read from the database (within {@link #export}'s transaction). */
    @FunctionalInterface
    public interface TableSink {
        void write(Table table) throws IOException;
    }

    /**
     * Hands the dataset over every plan (oldest plan first), or over one plan when {@code planSlug} is given, to
     * {@code sink}. The rows are read while the sink writes them, a plan or a database cursor at a time, so an export
     * of any size streams. A plan that does not exist gives a {@code NotFoundException} before the sink is called.
     */
    @Transactional(readOnly = true)
    public void export(Dataset dataset, String planSlug, TableSink sink) throws IOException {
        Stream<List<Object>> rows;
        if (planSlug != null) {
            if (!dataset.perPlan()) {
                throw new IllegalArgumentException(dataset + " is not published per plan");
            }
            rows = rows(dataset, catalog.overview(planSlug));
        } else if (dataset == Dataset.PLANS) {
            rows = oldestFirst().stream().map(s -> row(s.plan().slug(), s.plan().title().da(),
                    s.plan().title().en(), s.plan().periodFrom(), s.plan().periodTo(), s.plan().state().name(),
                    s.commitmentCount(), url("/da/plans/" + s.plan().slug())));
        } else if (dataset == Dataset.RESPONSES) {
            rows = LazyRows.concat(consultations.published(), this::responses);
        } else if (dataset == Dataset.MEETINGS) {
            // a network has a few meetings a year: one query each for whether its minutes are out is no burden
            rows = forum.meetings().stream().map(m -> row(m.id(), m.title().da(), m.title().en(),
                    m.description() == null ? null : blankToNull(m.description().da()),
                    m.description() == null ? null : blankToNull(m.description().en()), m.startsAt(), m.endsAt(),
                    m.place(), m.onlineUrl(), m.capacity(), m.seatsLeft(), m.proposalCutoff(), m.cancelledAt(), m.cancelReason(),
                    forum.minutes(m.id()).isPresent(), url("/da/forum/meetings/" + m.id())));
        } else if (dataset == Dataset.DOCUMENTS) {
            rows = library.documents().stream().map(d -> row(d.id(), d.type().name(), d.title(), d.date(), d.lang(),
                    d.planSlug(), d.counterpartId(), d.fileName(), d.mediaType(), d.size(),
                    url("/" + ("en".equals(d.lang()) ? "en" : "da") + "/library/documents/" + d.id() + "/file")));
        } else {
            rows = LazyRows.concat(oldestFirst(), summary -> rows(dataset, catalog.overview(summary.plan().slug())));
        }
        try (rows) {
            sink.write(new Table(dataset, rows));
        }
    }

    /**
     * Every commitment of the record in the layout of OGP's commitments data sheet (OGP's 171 columns and codings,
     * {@code ND} where unknown), oldest plan first, so OGP can take it as it is.
     */
    @Transactional(readOnly = true)
    public void exportOgpSheet(TableSink sink) throws IOException {
        List<Plan> plans = oldestFirst().stream().map(PlanCatalog.PlanSummary::plan).toList();
        List<List<Plan>> chunks = new ArrayList<>();
        for (int i = 0; i < plans.size(); i += OGP_SHEET_CHUNK) {
            chunks.add(plans.subList(i, Math.min(plans.size(), i + OGP_SHEET_CHUNK)));
        }
        // A chunk of plans at a time: three queries for its commitments, themes and IRM findings (milestones in
        // batches), and the read-only persistence context emptied before the next, so memory stays flat however large
        // the record (OGP's whole sheet is tens of thousands of commitments).
        Stream<List<Object>> rows = LazyRows.concat(chunks, chunk -> {
            entities.clear();
            List<PlanOverview> overviews = catalog.overviews(chunk);
            java.util.Map<Long, List<dk.planspor.plans.IrmRecord.Coding>> findings = irm.codingsOf(overviews.stream()
                    .flatMap(o -> o.commitments().stream()).map(Commitment::id).toList());
            return overviews.stream().flatMap(overview -> overview.sorted().stream().map(c -> OgpSheet.row(member,
                    overview.plan(), c, findings.getOrDefault(c.id(), List.of()))));
        });
        try (rows) {
            sink.write(new Table("commitments", OgpSheet.COLUMNS, rows));
        }
    }

    /** The published responses of one consultation (after its deadline; redacted; sender only with consent). */
    @Transactional(readOnly = true)
    public void exportConsultation(String slug, TableSink sink) throws IOException {
        Consultation c = consultations.find(slug).filter(Consultation::published)
                .orElseThrow(() -> new dk.planspor.platform.NotFoundException("error.404.lead"));
        try (Stream<List<Object>> rows = responses(c)) {
            sink.write(new Table(Dataset.RESPONSES, rows));
        }
    }

    private Stream<List<Object>> responses(Consultation c) {
        return consultations.streamPublishedResponses(c).map(r -> row(c.slug(), r.id().toString(), r.receivedAt(),
                r.kind().name(), r.publicSender(), r.publicBody(), r.summary(),
                r.disposition() == null ? null : r.disposition().name(), r.dispositionReason(),
                r.commitments() == null || r.commitments().isEmpty() ? null : String.join(" ", r.commitments()), r.late(),
                url("/da/consultations/" + c.slug())));
    }

    private List<PlanCatalog.PlanSummary> oldestFirst() {
        List<PlanCatalog.PlanSummary> plans = new ArrayList<>(catalog.plans());
        java.util.Collections.reverse(plans);
        return plans;
    }

    private Stream<List<Object>> rows(Dataset dataset, PlanOverview overview) {
        return switch (dataset) {
            case COMMITMENTS -> {
                java.util.Map<Long, List<dk.planspor.plans.IrmFinding>> findings = irm.ofCommitments(
                        overview.commitments().stream().map(Commitment::id).toList());
                yield overview.sorted().stream().map(c -> commitment(overview.plan(), c, findings.getOrDefault(c.id(), List.of())));
            }
            case MILESTONES -> overview.sorted().stream()
                    .flatMap(c -> c.milestones().stream().map(m -> milestone(overview.plan(), c, m)));
            case ADJUSTMENTS -> adjustments(overview.plan()).stream();
            case PLANS, RESPONSES, MEETINGS, DOCUMENTS -> throw new IllegalArgumentException(dataset + " is not per plan");
        };
    }

    private List<Object> commitment(Plan plan, Commitment c, List<dk.planspor.plans.IrmFinding> findings) {
        CommitmentTemplate t = c.template();
        Contact contact = c.contact();
        LocalDate today = catalog.today();
        List<Object> row = new ArrayList<>(row(plan.slug(), c.number(),
                c.theme() == null ? null : c.theme().number(),
                c.theme() == null ? null : c.theme().title().da(), c.theme() == null ? null : c.theme().title().en(),
                c.title().da(), c.title().en(), agency(c.leadAgency()),
                c.period() == null ? null : c.period().text(),
                c.period() == null ? null : c.period().from(), c.period() == null ? null : c.period().to(),
                c.completion() == null ? null : c.completion().name(), c.completionNote()));
        for (Function<CommitmentTemplate, LocalizedText> f : List.<Function<CommitmentTemplate, LocalizedText>>of(
                CommitmentTemplate::problem, CommitmentTemplate::description, CommitmentTemplate::contribution,
                CommitmentTemplate::relevance, CommitmentTemplate::additionalInformation)) {
            addPair(row, t == null ? null : f.apply(t));
        }
        addPair(row, c.results());
        addPair(row, c.nextSteps());
        row.addAll(contact == null ? Arrays.asList(null, null, null, null, null)
                : Arrays.asList(contact.agency(), contact.name(), contact.title(), contact.email(), contact.phone()));
        addPair(row, c.otherGovernmentActors());
        addPair(row, c.otherNonGovernmentActors());
        row.add(c.milestones().size());
        row.add(c.lateMilestones(today).size());
        row.add(url("/da/plans/" + plan.slug() + "/commitments/" + c.number()));
        row.add(c.ogpId());
        row.add(c.policyAreas().isEmpty() ? null
                : String.join(" ", c.policyAreas().stream().map(dk.planspor.plans.PolicyArea::code).toList()));
        row.add(c.ogpValues().isEmpty() ? null : String.join(" ", c.ogpValues().stream().map(Enum::name).toList()));
        var completion = dk.planspor.plans.IrmRecord.CommitmentIrm.of(c.completion(), findings).completionFinding();
        row.add(completion.map(dk.planspor.plans.IrmFinding::value).orElse(null));
        row.add(completion.map(f -> f.report().name()).orElse(null));
        return row;
    }

    private List<Object> milestone(Plan plan, Commitment c, Milestone m) {
        return row(plan.slug(), c.number(), m.position() + 1, m.title().da(), m.title().en(),
                m.start() == null ? null : m.start().text(), m.start() == null ? null : m.start().from(),
                m.start() == null ? null : m.start().to(), m.end() == null ? null : m.end().text(),
                m.end() == null ? null : m.end().from(), m.end() == null ? null : m.end().to(),
                m.status().name(), m.statusText(), m.isLate(catalog.today()),
                url("/da/plans/" + plan.slug() + "/commitments/" + c.number()));
    }

    private List<List<Object>> adjustments(Plan plan) {
        List<List<Object>> rows = new ArrayList<>();
        for (List<Adjustment> list : ledger.forPlan(plan.slug()).values()) {
            for (Adjustment a : list) {
                String url = url(AdjustmentLedger.PLAN_ITSELF.equals(a.commitmentNumber())
                        ? "/da/plans/" + plan.slug() + "/adjustments"
                        : "/da/plans/" + plan.slug() + "/commitments/" + a.commitmentNumber() + "/history");
                if (a.changes().isEmpty()) {
                    rows.add(row(a.id(), plan.slug(), a.commitmentNumber(), a.recordedAt(), a.kind().name(), null,
                            null, null, null, null, a.note(), a.reason(), a.author(), a.organisation(), a.source(), url));
                }
                for (Change ch : a.changes()) {
                    rows.add(row(a.id(), plan.slug(), a.commitmentNumber(), a.recordedAt(), a.kind().name(),
                            ch.field(), ch.subject(), ch.language(), ch.before(), ch.after(), a.note(), a.reason(),
                            a.author(), a.organisation(), a.source(), url));
                }
            }
        }
        return rows;
    }

    private static void addPair(List<Object> row, LocalizedText text) {
        row.add(text == null ? null : blankToNull(text.da()));
        row.add(text == null ? null : blankToNull(text.en()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String agency(Organisation o) {
        return o == null ? null : o.name().da();
    }

    private String url(String path) {
        return baseUrl + path;
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
