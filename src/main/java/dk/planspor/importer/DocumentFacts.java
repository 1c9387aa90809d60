package dk.planspor.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Facts about the whole document: which kind it is and which plan it belongs to. */
final class DocumentFacts {

    static final String MIDTERM = "MIDTERM_SELF_ASSESSMENT";
    static final String END_OF_TERM = "END_OF_TERM_SELF_ASSESSMENT";
    static final String ACTION_PLAN = "ACTION_PLAN";

    private static final List<String> MIDTERM_WORDS = List.of("midtvejsevaluering", "midtvejs-evaluering",
            "midtvejsrapport", "midterm self-assessment", "mid-term self-assessment", "midterm self assessment",
            "mid-term self assessment", "midterm report", "mid-term report", "midterm evaluation");
    private static final List<String> END_WORDS = List.of("slutevaluering", "slut-evaluering", "end-of-term",
            "end of term self", "final self-assessment", "end-term self-assessment");

    /** "handlingsplanen for 2017-2019", "OGP-handlingsplanen 2017-2019", "action plan 2017-19". */
    private static final Pattern PLAN_AFTER = Pattern.compile(
            "(?i)(?:handlingsplan\\w*|action plan)\\s+(?:for\\s+(?:perioden\\s+)?)?(\\d{4})(?:\\s*[-–/]\\s*(\\d{4}|\\d{2}))?\\b");
    /** "2017-2019 action plan", "2017-19 National Action Plan". */
    private static final Pattern PLAN_BEFORE = Pattern.compile(
            "(?i)\\b(\\d{4})\\s*[-–/]\\s*(\\d{4}|\\d{2})\\s+(?:national\\s+)?(?:action plan|handlingsplan)");

    private DocumentFacts() {
    }

    static String kind(String text, boolean completionRows) {
        if (!completionRows) {
            return ACTION_PLAN;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int mid = count(lower, MIDTERM_WORDS);
        int end = count(lower, END_WORDS);
        return end > mid ? END_OF_TERM : MIDTERM;
    }

    private static int count(String text, List<String> words) {
        int n = 0;
        for (String word : words) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                n++;
            }
        }
        return n;
    }

    /** The plan's slug ("2017-2019"), the period most often named with the word action plan; null if none. */
    static String planSlug(String text) {
        String flat = SourceText.collapse(text);
        Map<String, Integer> counts = new HashMap<>();
        for (Pattern p : List.of(PLAN_AFTER, PLAN_BEFORE)) {
            Matcher m = p.matcher(flat);
            while (m.find()) {
                String slug = slug(m.group(1), m.group(2));
                if (slug != null) {
                    counts.merge(slug, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String slug(String from, String to) {
        int start = Integer.parseInt(from);
        if (start < 1990 || start > 2100) {
            return null;
        }
        if (to == null) {
            return from;
        }
        int end = Integer.parseInt(to.length() == 2 ? from.substring(0, 2) + to : to);
        return end > start && end - start <= 5 ? start + "-" + end : null;
    }
}
