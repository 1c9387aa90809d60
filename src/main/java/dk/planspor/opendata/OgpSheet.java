package dk.planspor.opendata;

import dk.planspor.identity.Organisation;
import dk.planspor.platform.LocalizedText;
import dk.planspor.plans.Commitment;
import dk.planspor.plans.CommitmentTemplate;
import dk.planspor.plans.IrmRecord;
import dk.planspor.plans.IrmIndicator;
import dk.planspor.plans.Milestone;
import dk.planspor.plans.OgpTemplate;
import dk.planspor.plans.OgpValue;
import dk.planspor.plans.Plan;
import dk.planspor.plans.PolicyArea;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Planspor's record in the layout of OGP's commitments data sheet: OGP's 171 columns, in OGP's order, with OGP's
 * headers and codings ({@code ND} where Planspor does not know the value), one row per commitment, so OGP can take
 * it as it is. The headers are bundled in {@code ogp/commitments-sheet-columns.txt} with their source.
 */
final class OgpSheet {

    static final String RESOURCE = "ogp/commitments-sheet-columns.txt";
    static final String ND = IrmIndicator.NO_DATA;

    /** OGP's headers, in order. */
    static final List<String> HEADERS = load();

    static final List<Dataset.Column> COLUMNS = HEADERS.stream().map(h -> new Dataset.Column("ogp", h)).toList();

    private static final Map<String, Integer> INDEX = index();

    /** The member this platform serves, as OGP's sheet names it. */
    record Member(String code, String name, String region, String commitmentUrl) {
    }

    private OgpSheet() {
    }

    /** The row of one commitment; {@code findings} are the IRM's codings of it, {@code reportYears} per kind. */
    static List<Object> row(Member member, Plan plan, Commitment c, List<IrmRecord.Coding> findings) {
        Object[] row = new Object[HEADERS.size()];
        java.util.Arrays.fill(row, ND);
        put(row, "Commitment Unique Identifier", c.ogpId());
        put(row, "Country/Locality", member.name());
        put(row, "Action Plan Number", plan.ordinal() > 0 ? plan.ordinal() : null);
        put(row, "Commitment Number", c.number());
        put(row, "Code", member.code());
        put(row, "Region", member.region());
        put(row, "National Or Local", "National");
        put(row, "Commitment Dummy", 1);
        Integer from = plan.periodFrom() == null ? null : plan.periodFrom().getYear();
        Integer to = plan.periodTo() == null ? null : plan.periodTo().getYear();
        put(row, "Year Of Submission", from);
        put(row, "Action Plan End Year", to);
        put(row, "Action Plan Duration (Years)", from == null || to == null ? null : Math.max(1, to - from));
        put(row, "Theme", c.theme() == null ? null : english(c.theme().title()));
        String title = english(c.title());
        put(row, "Commitment Title", title);
        put(row, "Short Title", title);
        put(row, "Full Text", fullText(c));
        put(row, "Start Date", date(c.period().from()));
        put(row, "End Date", date(c.period().to()));
        put(row, "Lead Institution", agency(c.leadAgency()));
        put(row, "Supporting Institution(s)", join(english(c.otherGovernmentActors()), english(c.otherNonGovernmentActors())));
        List<PolicyArea> areas = c.policyAreas();
        for (PolicyArea area : PolicyArea.all()) {
            row[area.column() - 1] = areas.contains(area) ? 1 : 0;
        }
        if (!c.ogpValues().isEmpty()) {
            for (OgpValue v : OgpValue.values()) {
                put(row, v.sheetColumn(), c.ogpValues().contains(v) ? 1 : 0);
            }
        }
        Map<IrmIndicator, String> codings = new EnumMap<>(IrmIndicator.class);
        Map<dk.planspor.plans.IrmReportKind, Integer> years = new EnumMap<>(dk.planspor.plans.IrmReportKind.class);
        for (IrmRecord.Coding f : findings) {
            codings.put(f.indicator(), f.value());
            if (f.reportYear() != null) {
                years.merge(f.reportKind(), f.reportYear(), Math::max);
            }
        }
        codings.forEach((indicator, value) -> put(row, indicator.sheetColumn(), value));
        put(row, "Report Publication Year (Progress Report)", years.get(dk.planspor.plans.IrmReportKind.DESIGN));
        put(row, "Report Publication Year (End Of Term)", years.get(dk.planspor.plans.IrmReportKind.RESULTS));
        coded(row, codings, IrmIndicator.SPECIFICITY, "_Specificity", Map.of("None", 0, "Low", 1, "Medium", 2, "High", 3));
        coded(row, codings, IrmIndicator.POTENTIAL_IMPACT, "_Potential Impact",
                Map.of("None", 0, "Minor", 1, "Moderate", 2, "Transformative", 3));
        Map<String, Integer> completion = Map.of("Withdrawn", 0, "Unclear", 1, "Not Started", 2, "Limited", 3,
                "Substantial", 4, "Complete", 5);
        coded(row, codings, IrmIndicator.COMPLETION_MIDTERM, "_CompletionProgress", completion);
        coded(row, codings, IrmIndicator.COMPLETION_END, "_CompletionEndTerm", completion);
        coded(row, codings, IrmIndicator.POTENTIAL_FOR_RESULTS, "_Potential for Results",
                Map.of("Unclear", 0, "Modest", 1, "Substantial", 2));
        coded(row, codings, IrmIndicator.CHANGE_IN_COMPLETION, "_ChangeCompletion",
                Map.of("No Change", 0, "Increase", 1, "Decrease", -1));
        coded(row, codings, IrmIndicator.EARLY_RESULTS, "_Early Results",
                Map.of("No notable results", 0, "Moderate", 1, "Significant", 2));
        coded(row, codings, IrmIndicator.OPEN_GOVERNMENT, "_OpenGovernment", Map.of("Worsens", 0, "Did Not Change", 1,
                "No early results to report yet", 1, "Marginal", 2, "Major", 3, "Outstanding", 4));
        Map<String, Integer> diog = Map.of("Not Applicable", 0, "Worsens", 1, "Did Not Change", 2, "Marginal", 3,
                "Major", 4, "Outstanding", 5);
        coded(row, codings, IrmIndicator.OPEN_GOVERNMENT_ACCESS_TO_INFORMATION, "_DIOGATI", diog);
        coded(row, codings, IrmIndicator.OPEN_GOVERNMENT_CIVIC_PARTICIPATION, "_DIOGCP", diog);
        coded(row, codings, IrmIndicator.OPEN_GOVERNMENT_PUBLIC_ACCOUNTABILITY, "_DIOGPA", diog);
        boolean assessed = codings.values().stream().anyMatch(v -> !ND.equals(v) && !IrmIndicator.NOT_REVIEWED.equals(v));
        put(row, "IRM Assessed", assessed ? 1 : 0);
        put(row, "Ambition Assessed", known(codings, IrmIndicator.POTENTIAL_IMPACT) ? 1 : 0);
        put(row, "Comp Assessed", known(codings, IrmIndicator.COMPLETION_MIDTERM) || known(codings, IrmIndicator.COMPLETION_END) ? 1 : 0);
        put(row, "DIOG Assessed", known(codings, IrmIndicator.OPEN_GOVERNMENT) ? 1 : 0);
        if (c.ogpId() != null && member.commitmentUrl() != null) {
            put(row, "URL", member.commitmentUrl().replace("{id}", c.ogpId().toLowerCase(Locale.ROOT)));
        }
        Integer latest = years.values().stream().max(Integer::compare).orElse(null);
        put(row, "Latest IRM Report", latest);
        put(row, "Action Plan ID", plan.ogpActionPlanId());
        return java.util.Arrays.asList(row);
    }

    /**
     * The commitment's template fields under OGP's template headings, milestones one per line as "title | start |
     * end"; the importer reads them back into the same fields. Only English text is written where there is English.
     */
    static String fullText(Commitment c) {
        CommitmentTemplate t = c.template();
        Map<String, LocalizedText> fields = Map.of(OgpTemplate.PROBLEM, t.problem(), OgpTemplate.DESCRIPTION,
                t.description(), OgpTemplate.CONTRIBUTION, t.contribution(), OgpTemplate.RELEVANCE, t.relevance(),
                OgpTemplate.ADDITIONAL_INFORMATION, t.additionalInformation());
        StringBuilder text = new StringBuilder();
        for (String field : OgpTemplate.ORDER) {
            String body;
            if (OgpTemplate.MILESTONES.equals(field)) {
                List<String> lines = new ArrayList<>();
                for (Milestone m : c.milestones()) {
                    lines.add(Objects.toString(english(m.title()), "") + OgpTemplate.MILESTONE_SEPARATOR
                            + m.start().text() + OgpTemplate.MILESTONE_SEPARATOR + m.end().text());
                }
                body = lines.isEmpty() ? null : String.join("\n", lines);
            } else {
                body = english(fields.get(field));
            }
            if (body != null && !body.isBlank()) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(OgpTemplate.heading(field)).append("\n").append(body.strip());
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    private static void coded(Object[] row, Map<IrmIndicator, String> codings, IrmIndicator indicator, String column,
            Map<String, Integer> codes) {
        String value = codings.get(indicator);
        if (value == null) {
            return;
        }
        Integer code = codes.get(value);
        put(row, column, code != null ? code : value);
    }

    private static boolean known(Map<IrmIndicator, String> codings, IrmIndicator indicator) {
        String v = codings.get(indicator);
        return v != null && !ND.equals(v) && !IrmIndicator.NOT_REVIEWED.equals(v);
    }

    /** OGP's sheet writes exact days as M/D/YYYY; a month or a quarter stays as printed. */
    private static String date(LocalDate d) {
        return d == null ? null : d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear();
    }

    private static void put(Object[] row, String header, Object value) {
        Integer i = INDEX.get(header);
        if (i == null) {
            throw new IllegalStateException("OGP's sheet has no column " + header);
        }
        if (value != null && !(value instanceof String s && s.isBlank())) {
            row[i] = value;
        }
    }

    private static String english(LocalizedText t) {
        if (t == null) {
            return null;
        }
        String en = t.en();
        return en != null && !en.isBlank() ? en : t.da() != null && !t.da().isBlank() ? t.da() : null;
    }

    private static String agency(Organisation o) {
        return o == null ? null : english(o.name());
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + "; " + b;
    }

    private static List<String> load() {
        List<String> headers = new ArrayList<>();
        try (var in = OgpSheet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(
                    Objects.requireNonNull(in, RESOURCE), StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    headers.add(line.split("\t", 2)[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableList(headers);
    }

    private static Map<String, Integer> index() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < HEADERS.size(); i++) {
            index.putIfAbsent(HEADERS.get(i), i);
        }
        return index;
    }
}
