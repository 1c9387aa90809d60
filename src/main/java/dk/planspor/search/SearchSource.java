package dk.planspor.search;

import java.util.List;
import java.util.function.Consumer;

/**
 * Where the index gets one kind of content from. Each source reads its module's facade; the indexer rebuilds a kind
 * when the number of indexed entries differs from {@link #count()}, and event listeners keep single entries current.
 */
interface SearchSource {

    /** The kinds of entry this source writes, e.g. commitment and milestone. */
    List<String> kinds();

    /** How many entries the source has now, over all its kinds. */
    long count();

    /** Hands every entry to {@code sink}. */
    void all(Consumer<SearchEntry> sink);
}
