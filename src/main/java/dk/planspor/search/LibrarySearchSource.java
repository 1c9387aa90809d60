package dk.planspor.search;

import dk.planspor.library.DocumentBank;
import dk.planspor.library.LibraryDocument;
import dk.planspor.library.NewsPost;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Documents of the library (with the text inside their files) and news posts, from the library facade. */
@Component
class LibrarySearchSource implements SearchSource {

    static final String DOCUMENT = "document";
    static final String NEWS = "news";

    private final DocumentBank bank;

    LibrarySearchSource(DocumentBank bank) {
        this.bank = bank;
    }

    @Override
    public List<String> kinds() {
        return List.of(DOCUMENT, NEWS);
    }

    @Override
    public long count() {
        return bank.documents().size() + bank.news().posts().size();
    }

    @Override
    public void all(Consumer<SearchEntry> sink) {
        for (LibraryDocument d : bank.documents()) {
            String text = bank.text(d.id());
            boolean en = "en".equals(d.lang());
            sink.accept(new SearchEntry(DOCUMENT, String.valueOf(d.id()), d.planSlug(), null, null,
                    d.date() == null ? null : d.date().getYear(), en ? null : d.title(), en ? d.title() : null,
                    en ? null : text, en ? text : null, "/library/documents/" + d.id() + "/file"));
        }
        for (NewsPost p : bank.news().posts()) {
            sink.accept(new SearchEntry(NEWS, p.slug(), null, null, null, p.date().getYear(), p.title().da(),
                    p.title().en(), p.body().da(), p.body().en(), "/news/" + p.slug()));
        }
    }
}
