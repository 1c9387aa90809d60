package dk.planspor.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.planspor.importer.ImportDocument.AdjustmentGroup;

/**
 * Reads section "Justeringer af initiativer" (English: "Adjustments to commitments"): under a heading
 * "Initiativ N.N title" for each commitment, one item per bullet. A bullet is a line that starts with a
 * bullet character (the PDF's Symbol-font U+F0B7); the lines after it, up to the next bullet, heading or
 * paragraph break, continue the item. A line after a heading or a break that has no bullet starts an
 * item of its own.
 */
final class AdjustmentsReader {

    static final Pattern SECTION = Pattern.compile(
            "(?i)(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:justeringer af initiativer(?:ne)?|justeringer|"
                    + "adjustments (?:to|of) (?:the )?commitments|changes (?:to|of) (?:the )?commitments)\\s*");
    static final Pattern HEADING = Pattern.compile(
            "(?:Initiativ|Initiative|Commitment|Forpligtelse)\\s+(\\d{1,2}(?:\\.\\d{1,2})*)\\.?\\s*[:–-]?\\s*(.*)");
    /** A numbered section heading ("2.2 Evalueringer fra de enkelte initiativer"), which ends the section. */
    private static final Pattern NEXT_SECTION = Pattern.compile("\\d+(?:\\.\\d+)*\\.?\\s+\\p{Lu}.*");

    private final SourceText src;
    private final Hyphenation hyphenation;
    private final Map<String, List<String>> items = new LinkedHashMap<>();
    private final Map<String, String> titles = new LinkedHashMap<>();

    AdjustmentsReader(SourceText src, Hyphenation hyphenation) {
        this.src = src;
        this.hyphenation = hyphenation;
    }

    /** Titles of the commitments as the section heads them (number → title). */
    Map<String, String> titles() {
        return titles;
    }

    List<AdjustmentGroup> groups() {
        List<AdjustmentGroup> groups = new ArrayList<>();
        items.forEach((number, list) -> groups.add(new AdjustmentGroup(number, List.copyOf(list))));
        return groups;
    }

    /** Reads the section if it lies in from {@code from} up to (not including) {@code to}. */
    void read(int from, int to) {
        int start = -1;
        for (int i = from; i < to; i++) {
            if (!src.blank(i) && src.free(i) && SECTION.matcher(src.text[i]).matches()) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return;
        }
        src.skip(start, SourceText.LABEL);
        String number = null;
        StringBuilder item = null;
        String itemRaw = null;
        boolean broken = false;
        for (int i = start + 1; i < to; i++) {
            if (!src.free(i)) {
                continue;
            }
            if (src.blank(i)) {
                broken |= src.isBreak(i);
                continue;
            }
            String text = src.text[i];
            Matcher heading = HEADING.matcher(text);
            if (heading.matches()) {
                flush(number, item);
                item = null;
                number = heading.group(1);
                titles.putIfAbsent(number, heading.group(2).trim());
                items.computeIfAbsent(number, n -> new ArrayList<>());
                src.own(i, "adjustments " + number);
                broken = false;
                continue;
            }
            if (NEXT_SECTION.matcher(text).matches() && !FreeText.isBullet(text)) {
                break;
            }
            if (number == null) {
                continue; // the section's introduction: narrative
            }
            if (FreeText.isBullet(text) || item == null || broken) {
                flush(number, item);
                String first = FreeText.isBullet(text) ? FreeText.withoutBullet(text) : text;
                item = new StringBuilder(first);
            } else {
                String joined = hyphenation.join(item.toString(), itemRaw, text);
                item.setLength(0);
                item.append(joined);
            }
            itemRaw = src.raw[i];
            broken = false;
            src.own(i, "adjustments " + number);
        }
        flush(number, item);
    }

    private void flush(String number, StringBuilder item) {
        if (number != null && item != null && !item.toString().isBlank()) {
            items.get(number).add(item.toString().trim());
        }
    }
}
