package dk.planspor.tracking.web;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dk.planspor.platform.Lang;
import dk.planspor.plans.Commitment;
import dk.planspor.plans.PlanCatalog;
import dk.planspor.tracking.Adjustment;
import dk.planspor.tracking.AdjustmentLedger;
import dk.planspor.tracking.Change;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Atom feeds (Rome) of adjustments, per plan and per commitment, newest first. */
@Controller
class AdjustmentFeedController {

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final PlanCatalog catalog;
    private final AdjustmentLedger ledger;
    private final MessageSource messages;

    AdjustmentFeedController(PlanCatalog catalog, AdjustmentLedger ledger, MessageSource messages) {
        this.catalog = catalog;
        this.ledger = ledger;
        this.messages = messages;
    }

    @GetMapping("/{lang:da|en}/plans/{slug}/adjustments.atom")
    ResponseEntity<String> plan(@PathVariable String lang, @PathVariable String slug, HttpServletRequest request)
            throws FeedException {
        Lang l = Lang.fromCode(lang).orElseThrow();
        var overview = catalog.overview(slug);
        List<Adjustment> all = ledger.forPlan(slug).values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(Adjustment::recordedAt).reversed()).toList();
        String title = msg("adjustments.title", l) + " – " + overview.plan().title().in(l).text();
        return atom(feed(request, title, "/" + lang + "/plans/" + slug + "/adjustments", all, l));
    }

    @GetMapping("/{lang:da|en}/plans/{slug}/commitments/{number}/history.atom")
    ResponseEntity<String> commitment(@PathVariable String lang, @PathVariable String slug, @PathVariable String number,
            HttpServletRequest request) throws FeedException {
        Lang l = Lang.fromCode(lang).orElseThrow();
        Commitment c = catalog.commitment(slug, number);
        String title = msg("history.title", l) + " – " + c.number() + " " + c.title().in(l).text();
        return atom(feed(request, title, "/" + lang + "/plans/" + slug + "/commitments/" + number + "/history",
                ledger.forCommitment(slug, number), l));
    }

    private Feed feed(HttpServletRequest request, String title, String pagePath, List<Adjustment> adjustments, Lang l) {
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        Feed feed = new Feed("atom_1.0");
        feed.setId("urn:planspor:" + pagePath);
        feed.setTitle(title);
        feed.setLanguage(l.code());
        feed.setUpdated(adjustments.isEmpty() ? new Date(0) : Date.from(adjustments.get(0).recordedAt()));
        feed.setAlternateLinks(List.of(link(base + pagePath, "alternate")));
        feed.setOtherLinks(List.of(link(base + pagePath + ".atom", "self")));
        feed.setEntries(adjustments.stream().map(a -> entry(base, a, l)).toList());
        return feed;
    }

    private Entry entry(String base, Adjustment a, Lang l) {
        Entry e = new Entry();
        e.setId("urn:planspor:adjustment:" + a.id());
        e.setTitle(msg("adjustments.commitment", l, a.commitmentNumber()) + ": " + a.reason());
        e.setUpdated(Date.from(a.recordedAt()));
        e.setPublished(Date.from(a.recordedAt()));
        if (a.author() != null) {
            Person p = new Person();
            p.setName(a.author());
            e.setAuthors(List.of(p));
        }
        e.setAlternateLinks(List.of(link(base + "/" + l.code() + "/plans/" + a.planSlug() + "/commitments/"
                + a.commitmentNumber() + "/history", "alternate")));
        StringBuilder text = new StringBuilder();
        if (a.note() != null) {
            text.append(a.note()).append("\n");
        }
        for (Change ch : a.changes()) {
            String label = messages.getMessage(ch.labelKey(), null, ch.field(), l.locale());
            text.append(label).append(ch.subject() == null ? "" : " (" + ch.subject() + ")").append(": ")
                    .append(ch.before() == null ? "–" : ch.before()).append(" → ")
                    .append(ch.after() == null ? "–" : ch.after()).append("\n");
        }
        text.append(msg("history.reason", l)).append(": ").append(a.reason());
        Content content = new Content();
        content.setType("text");
        content.setValue(text.toString());
        e.setSummary(content);
        return e;
    }

    private static Link link(String href, String rel) {
        Link link = new Link();
        link.setHref(href);
        link.setRel(rel);
        return link;
    }

    private static ResponseEntity<String> atom(Feed feed) throws FeedException {
        return ResponseEntity.ok().contentType(ATOM).body(new WireFeedOutput().outputString(feed));
    }

    private String msg(String key, Lang l, Object... args) {
        return messages.getMessage(key, args, l.locale());
    }
}
