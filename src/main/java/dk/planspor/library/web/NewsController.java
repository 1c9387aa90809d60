package dk.planspor.library.web;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dk.planspor.library.DocumentBank;
import dk.planspor.library.NewsPost;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Date;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** News in Danish and English, one page per post, and an Atom feed (Rome) per language. */
@Controller
class NewsController {

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final DocumentBank bank;
    private final MessageSource messages;

    NewsController(DocumentBank bank, MessageSource messages) {
        this.bank = bank;
        this.messages = messages;
    }

    @GetMapping("/{lang:da|en}/news")
    String news(@PathVariable String lang, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        model.addAttribute("posts", bank.news().posts());
        model.addAttribute("breadcrumbs", List.of(new Crumb(msg("nav.home", l), "/" + lang + "/"), Crumb.current(msg("library.news.title", l))));
        return "library/news";
    }

    @GetMapping("/{lang:da|en}/news/{slug:[a-z0-9-]+}")
    String post(@PathVariable String lang, @PathVariable String slug, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        NewsPost p = bank.news().post(slug);
        model.addAttribute("p", p);
        model.addAttribute("breadcrumbs", List.of(new Crumb(msg("nav.home", l), "/" + lang + "/"),
                new Crumb(msg("library.news.title", l), "/" + lang + "/news"), Crumb.current(p.title().in(l).text())));
        return "library/news-post";
    }

    @GetMapping("/{lang:da|en}/news/feed.atom")
    ResponseEntity<String> feed(@PathVariable String lang, HttpServletRequest request) throws FeedException {
        Lang l = Lang.fromCode(lang).orElseThrow();
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        List<NewsPost> posts = bank.news().posts();
        Feed feed = new Feed("atom_1.0");
        feed.setId("urn:planspor:/" + lang + "/news");
        feed.setTitle(msg("library.news.feedTitle", l));
        feed.setLanguage(l.code());
        feed.setUpdated(posts.isEmpty() ? new Date(0) : Date.from(posts.get(0).publishedAt()));
        feed.setAlternateLinks(List.of(link(base + "/" + lang + "/news", "alternate")));
        feed.setOtherLinks(List.of(link(base + "/" + lang + "/news/feed.atom", "self")));
        feed.setEntries(posts.stream().map(p -> entry(base, p, l)).toList());
        return ResponseEntity.ok().contentType(ATOM).body(new WireFeedOutput().outputString(feed));
    }

    private static Entry entry(String base, NewsPost p, Lang l) {
        Entry e = new Entry();
        e.setId("urn:planspor:news:" + p.id());
        e.setTitle(p.title().in(l).text());
        e.setUpdated(Date.from(p.publishedAt()));
        e.setPublished(Date.from(p.publishedAt()));
        Person author = new Person();
        author.setName(p.author());
        e.setAuthors(List.of(author));
        e.setAlternateLinks(List.of(link(base + "/" + l.code() + "/news/" + p.slug(), "alternate")));
        Content content = new Content();
        content.setType("text");
        content.setValue(p.body().in(l).text() == null ? "" : p.body().in(l).text());
        e.setContents(List.of(content));
        return e;
    }

    private static Link link(String href, String rel) {
        Link link = new Link();
        link.setHref(href);
        link.setRel(rel);
        return link;
    }

    private String msg(String key, Lang l) {
        return messages.getMessage(key, null, l.locale());
    }
}
