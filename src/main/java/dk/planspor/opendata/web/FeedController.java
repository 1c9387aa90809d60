package dk.planspor.opendata.web;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dk.planspor.platform.Lang;
import dk.planspor.plans.Plan;
import dk.planspor.plans.PlanCatalog;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Atom feeds (Rome) of what is new in the record: action plans, consultations and self-assessment reports, newest
 * first. (News and adjustments have their own feeds in the library and tracking modules.)
 */
@Controller
class FeedController {

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final PlanCatalog catalog;
    private final MessageSource messages;
    private final dk.planspor.consultation.ConsultationDesk consultations;
    private final dk.planspor.assessment.SelfAssessments assessments;

    FeedController(PlanCatalog catalog, MessageSource messages, dk.planspor.consultation.ConsultationDesk consultations,
            dk.planspor.assessment.SelfAssessments assessments) {
        this.catalog = catalog;
        this.messages = messages;
        this.consultations = consultations;
        this.assessments = assessments;
    }

    @GetMapping("/{lang:da|en}/consultations/feed.atom")
    ResponseEntity<String> consultations(@PathVariable String lang, HttpServletRequest request) throws FeedException {
        Lang l = Lang.fromCode(lang).orElseThrow();
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        List<Entry> entries = consultations.published().stream()
                .sorted(java.util.Comparator.comparing(dk.planspor.consultation.Consultation::opensAt).reversed())
                .map(c -> entry("urn:planspor:consultation:" + c.slug(), c.title().in(l).text(),
                        Date.from(c.opensAt()), base + "/" + lang + "/consultations/" + c.slug(),
                        c.description().in(l).present() ? c.description().in(l).text()
                                : messages.getMessage("opendata.feed.consultationDeadline", new Object[] {c.deadline()}, l.locale())))
                .toList();
        return atom(base, "urn:planspor:consultations", messages.getMessage("opendata.feed.consultations", null, l.locale()),
                l, "/" + lang + "/consultations", entries);
    }

    @GetMapping("/{lang:da|en}/reports/feed.atom")
    ResponseEntity<String> reports(@PathVariable String lang, HttpServletRequest request) throws FeedException {
        Lang l = Lang.fromCode(lang).orElseThrow();
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        List<Entry> entries = assessments.allRounds().stream()
                .filter(r -> r.isPublished() || (r.isFrozen() && r.source() != null))
                .sorted(java.util.Comparator.comparing((dk.planspor.assessment.AssessmentRound r) ->
                        r.publishedAt() != null ? r.publishedAt() : r.frozenAt()).reversed())
                .map(r -> {
                    String path = "/" + lang + "/plans/" + r.planSlug() + "/assessments/" + r.kind().slug();
                    String title = messages.getMessage(r.kind().messageKey(), null, l.locale()) + " " + r.planSlug();
                    return entry("urn:planspor:report:" + r.planSlug() + ":" + r.kind().slug(), title,
                            Date.from(r.publishedAt() != null ? r.publishedAt() : r.frozenAt()), base + path,
                            messages.getMessage("opendata.feed.reportFiles", new Object[] {base + path + ".pdf", base + path + ".docx"},
                                    l.locale()));
                })
                .toList();
        return atom(base, "urn:planspor:reports", messages.getMessage("opendata.feed.reports", null, l.locale()), l,
                "/" + lang + "/plans", entries);
    }

    private static Entry entry(String id, String title, Date date, String href, String text) {
        Entry e = new Entry();
        e.setId(id);
        e.setTitle(title);
        e.setUpdated(date);
        e.setPublished(date);
        e.setAlternateLinks(List.of(link(href, "alternate")));
        Content summary = new Content();
        summary.setType("text");
        summary.setValue(text);
        e.setSummary(summary);
        return e;
    }

    private static ResponseEntity<String> atom(String base, String id, String title, Lang l, String pagePath,
            List<Entry> entries) throws FeedException {
        Feed feed = new Feed("atom_1.0");
        feed.setId(id);
        feed.setTitle(title);
        feed.setLanguage(l.code());
        feed.setUpdated(entries.isEmpty() ? new Date(0) : entries.get(0).getUpdated());
        feed.setAlternateLinks(List.of(link(base + pagePath, "alternate")));
        feed.setOtherLinks(List.of(link(base + pagePath.replaceAll("/plans$", "/reports") + "/feed.atom", "self")));
        feed.setEntries(entries);
        return ResponseEntity.ok().contentType(ATOM).body(new WireFeedOutput().outputString(feed));
    }

    @GetMapping("/{lang:da|en}/plans/feed.atom")
    ResponseEntity<String> plans(@PathVariable String lang, HttpServletRequest request) throws FeedException {
        Lang l = Lang.fromCode(lang).orElseThrow();
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        List<Plan> plans = catalog.plans().stream().map(PlanCatalog.PlanSummary::plan).toList();
        Feed feed = new Feed("atom_1.0");
        feed.setId("urn:planspor:plans");
        feed.setTitle(messages.getMessage("opendata.feed.plans", null, l.locale()));
        feed.setLanguage(l.code());
        feed.setUpdated(plans.isEmpty() ? new Date(0) : date(plans.get(0)));
        feed.setAlternateLinks(List.of(link(base + "/" + lang + "/plans", "alternate")));
        feed.setOtherLinks(List.of(link(base + "/" + lang + "/plans/feed.atom", "self")));
        feed.setEntries(plans.stream().map(p -> entry(base, p, l)).toList());
        return ResponseEntity.ok().contentType(ATOM).body(new WireFeedOutput().outputString(feed));
    }

    private Entry entry(String base, Plan p, Lang l) {
        Entry e = new Entry();
        e.setId("urn:planspor:plan:" + p.slug());
        e.setTitle(p.title().in(l).text());
        e.setUpdated(date(p));
        e.setPublished(date(p));
        e.setAlternateLinks(List.of(link(base + "/" + l.code() + "/plans/" + p.slug(), "alternate")));
        Content summary = new Content();
        summary.setType("text");
        summary.setValue(p.summary().in(l).present() ? p.summary().in(l).text()
                : messages.getMessage("opendata.feed.planPeriod", new Object[] {p.periodFrom(), p.periodTo()}, l.locale()));
        e.setSummary(summary);
        return e;
    }

    private static Date date(Plan p) {
        return Date.from(p.periodFrom().atStartOfDay(COPENHAGEN).toInstant());
    }

    private static Link link(String href, String rel) {
        Link link = new Link();
        link.setHref(href);
        link.setRel(rel);
        return link;
    }
}
