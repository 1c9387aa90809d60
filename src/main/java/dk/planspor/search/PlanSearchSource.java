package dk.planspor.search;

import dk.planspor.platform.LocalizedText;
import dk.planspor.plans.Commitment;
import dk.planspor.plans.CommitmentTemplate;
import dk.planspor.plans.Milestone;
import dk.planspor.plans.PlanCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Commitments (every template field, results, next steps, actors) and their milestones, from the plans facade. */
@Component
class PlanSearchSource implements SearchSource {

    static final String COMMITMENT = "commitment";
    static final String MILESTONE = "milestone";

    private final PlanCatalog catalog;

    PlanSearchSource(PlanCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<String> kinds() {
        return List.of(COMMITMENT, MILESTONE);
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        long n = 0;
        for (var summary : catalog.plans()) {
            for (Commitment c : catalog.overview(summary.plan().slug()).commitments()) {
                n += 1 + c.milestones().size();
            }
        }
        return n;
    }

    @Override
    @Transactional
    public void all(Consumer<SearchEntry> sink) {
        for (var summary : catalog.plans()) {
            catalog.overview(summary.plan().slug()).commitments().forEach(c -> entries(c).forEach(sink));
        }
    }

    /** The entries of one commitment: itself and each of its milestones. */
    @Transactional
    public List<SearchEntry> commitment(String planSlug, String number) {
        return entries(catalog.commitment(planSlug, number));
    }

    static String ref(String planSlug, String number) {
        return planSlug + "/" + number;
    }

    private static List<SearchEntry> entries(Commitment c) {
        String slug = c.plan().slug();
        String path = "/plans/" + slug + "/commitments/" + c.number();
        String agency = c.leadAgency() == null ? null : c.leadAgency().name().da();
        if (agency != null && agency.length() > 300) {
            agency = agency.substring(0, 300); // the facet column; an import may name several institutions in one
        }
        Integer year = c.period() != null && c.period().from() != null ? c.period().from().getYear()
                : c.plan().periodFrom().getYear();
        List<LocalizedText> texts = new ArrayList<>();
        CommitmentTemplate t = c.template();
        if (t != null) {
            texts.addAll(Stream.of(t.problem(), t.description(), t.contribution(), t.relevance(), t.additionalInformation())
                    .toList());
        }
        texts.addAll(Stream.of(c.results(), c.nextSteps(), c.otherGovernmentActors(), c.otherNonGovernmentActors()).toList());
        if (c.leadAgency() != null) {
            texts.add(c.leadAgency().name());
        }
        List<SearchEntry> entries = new ArrayList<>();
        entries.add(new SearchEntry(COMMITMENT, ref(slug, c.number()), slug, agency,
                c.completion() == null ? null : c.completion().name(), year,
                c.number() + " " + c.title().da(), c.number() + " " + orElse(c.title().en(), c.title().da()),
                join(texts, LocalizedText::da), join(texts, LocalizedText::en), path)
                .withPolicyAreas(String.join(" ", c.policyAreas().stream().map(dk.planspor.plans.PolicyArea::code).toList())));
        for (Milestone m : c.milestones()) {
            Integer mYear = m.end() != null && m.end().to() != null ? Integer.valueOf(m.end().to().getYear())
                    : m.start() != null && m.start().from() != null ? Integer.valueOf(m.start().from().getYear()) : year;
            String dates = Stream.of(m.start() == null ? null : m.start().text(), m.end() == null ? null : m.end().text(),
                    m.statusText()).filter(Objects::nonNull).collect(Collectors.joining(" · "));
            entries.add(new SearchEntry(MILESTONE, ref(slug, c.number()) + "/" + m.id(), slug, agency, null, mYear,
                    m.title().da(), orElse(m.title().en(), m.title().da()), dates, dates,
                    c.number() + " " + c.title().da(), c.number() + " " + orElse(c.title().en(), c.title().da()), path));
        }
        return entries;
    }

    private static String join(List<LocalizedText> texts, Function<LocalizedText, String> side) {
        return texts.stream().filter(Objects::nonNull).map(side).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("\n\n"));
    }

    private static String orElse(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}
