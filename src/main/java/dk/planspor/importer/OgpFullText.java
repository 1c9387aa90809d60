package dk.planspor.importer;

import dk.planspor.plans.CommitmentContent.MilestoneContent;
import dk.planspor.plans.OgpTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the "Full Text" of a row of OGP's sheet into the commitment template's fields where it is written in OGP's
 * template (a heading on its own line, or "Heading: text"), milestones one per line with their start and end. Text
 * before the first heading, and a text with fewer than two headings, stays whole in the description.
 */
final class OgpFullText {

    /** The template fields found (field name → text) and the milestones. */
    record Split(Map<String, String> fields, List<MilestoneContent> milestones) {
        String get(String field) {
            return fields.get(field);
        }
    }

    private static final Map<String, String> FIELD_BY_HEADING = new LinkedHashMap<>();

    /** "1. What problem …?" → "what problem …?": numbering, bullets, a trailing colon and spaces dropped. */
    private static final Pattern DECORATION = Pattern.compile("^(?:\\d{1,2}[.)]\\s*|[•*\\-–]\\s*)");
    private static final Pattern DATE_RANGE = Pattern.compile(
            "^(.*?)\\s+((?:\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2}|(?:Q[1-4]|[A-Z][a-z]+)\\s+\\d{4}))\\s*(?:[-–—]|to)?\\s*((?:\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2}|(?:Q[1-4]|[A-Z][a-z]+)\\s+\\d{4}))\\s*$");

    static {
        OgpTemplate.HEADINGS.forEach((field, headings) -> headings.forEach(h -> FIELD_BY_HEADING.put(normalise(h), field)));
    }

    private OgpFullText() {
    }

    static Split split(String text) {
        if (text == null || text.isBlank()) {
            return new Split(Map.of(), List.of());
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        Map<String, StringBuilder> parts = new LinkedHashMap<>();
        StringBuilder before = new StringBuilder();
        String current = null;
        int headings = 0;
        for (String raw : lines) {
            String line = raw.strip();
            Heading h = heading(line);
            if (h != null) {
                current = h.field();
                headings++;
                StringBuilder body = parts.computeIfAbsent(current, f -> new StringBuilder());
                if (!body.isEmpty() && !body.toString().endsWith("\n\n")) {
                    body.append('\n');
                }
                if (!h.rest().isEmpty()) {
                    parts.get(current).append(h.rest()).append('\n');
                }
                continue;
            }
            (current == null ? before : parts.get(current)).append(raw).append('\n');
        }
        if (headings < 2) {
            return new Split(Map.of(OgpTemplate.DESCRIPTION, text.strip()), List.of());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        parts.forEach((field, body) -> {
            String s = body.toString().strip();
            if (!s.isEmpty() && !OgpTemplate.MILESTONES.equals(field)) {
                fields.put(field, s);
            }
        });
        String intro = before.toString().strip();
        if (!intro.isEmpty()) {
            fields.merge(OgpTemplate.DESCRIPTION, intro, (a, b) -> b + "\n\n" + a);
        }
        List<MilestoneContent> milestones = parts.containsKey(OgpTemplate.MILESTONES)
                ? milestones(parts.get(OgpTemplate.MILESTONES).toString()) : List.of();
        return new Split(fields, milestones);
    }

    private static List<MilestoneContent> milestones(String body) {
        List<MilestoneContent> all = milestoneLines(body);
        // milestones are matched by title: the same title twice is one milestone (its first line)
        java.util.Set<String> seen = new java.util.HashSet<>();
        return all.stream().filter(m -> seen.add(m.title().toLowerCase(Locale.ROOT))).toList();
    }

    private static List<MilestoneContent> milestoneLines(String body) {
        List<MilestoneContent> list = new ArrayList<>();
        for (String raw : body.split("\n")) {
            String line = DECORATION.matcher(raw.strip()).replaceFirst("").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\\s*\\|\\s*|\\t", -1);
            if (cells.length >= 3) {
                list.add(new MilestoneContent(cells[0].strip(), blankToNull(cells[1]), blankToNull(cells[2]), null));
                continue;
            }
            Matcher m = DATE_RANGE.matcher(line);
            if (m.matches() && !m.group(1).isBlank()) {
                list.add(new MilestoneContent(m.group(1).strip(), m.group(2), m.group(3), null));
            } else {
                list.add(new MilestoneContent(line, null, null, null));
            }
        }
        return list;
    }

    private record Heading(String field, String rest) {
    }

    private static Heading heading(String line) {
        if (line.isEmpty() || line.length() > 400) {
            return null;
        }
        String n = normalise(line);
        String field = FIELD_BY_HEADING.get(n);
        if (field != null) {
            return new Heading(field, "");
        }
        int colon = line.indexOf(':');
        if (colon > 0 && colon < 120) {
            String head = normalise(line.substring(0, colon));
            field = FIELD_BY_HEADING.get(head);
            if (field != null) {
                return new Heading(field, line.substring(colon + 1).strip());
            }
        }
        return null;
    }

    private static String normalise(String s) {
        String t = DECORATION.matcher(s.strip()).replaceFirst("").strip();
        while (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
