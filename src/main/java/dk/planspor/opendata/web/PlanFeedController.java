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

/** Atom feed (Rome) of the action plans, newest first: a reader learns of a new plan when it is defined. */
@Controller
class PlanFeedController {

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final PlanCatalog catalog;
    private final MessageSource messages;

    PlanFeedController(PlanCatalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
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
