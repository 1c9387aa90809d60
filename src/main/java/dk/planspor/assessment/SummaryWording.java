package dk.planspor.assessment;

import dk.planspor.plans.Completion;
import dk.planspor.platform.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The summary sentence of chapter 3 in the seed's words: "syv gennemført i begrænset grad, fem
 * gennemført i væsentlig grad og to afsluttet" (and in English "seven completed to a limited extent,
 * five completed to a substantial extent and two completed").
 */
final class SummaryWording {

    private static final String[] DA = {"nul", "ét", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti",
        "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten", "tyve"};
    private static final String[] EN = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "twenty"};

    private SummaryWording() {
    }

    static String number(long n, Lang lang) {
        String[] words = lang == Lang.EN ? EN : DA;
        return n >= 0 && n < words.length ? words[(int) n] : Long.toString(n);
    }

    /** "syv gennemført i begrænset grad, fem gennemført i væsentlig grad og to afsluttet"; empty counts are left out. */
    static String counts(Map<Completion, Long> counts, Lang lang) {
        List<String> parts = new ArrayList<>();
        for (Completion c : Completion.values()) {
            long n = counts.getOrDefault(c, 0L);
            if (n > 0) {
                parts.add(number(n, lang) + " " + phrase(c, lang));
            }
        }
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        String and = lang == Lang.EN ? " and " : " og ";
        return String.join(", ", parts.subList(0, parts.size() - 1)) + and + parts.get(parts.size() - 1);
    }

    /** The whole sentence: "Af handlingsplanens fjorten initiativer er syv gennemført i begrænset grad, …". */
    static String sentence(Map<Completion, Long> counts, long total, Lang lang) {
        String list = counts(counts, lang);
        if (list.isEmpty()) {
            return "";
        }
        if (lang == Lang.EN) {
            return "Of the action plan's " + number(total, lang) + " commitments, " + list + ".";
        }
        return "Af handlingsplanens " + number(total, lang) + " initiativer er " + list + ".";
    }

    private static String phrase(Completion c, Lang lang) {
        if (lang == Lang.EN) {
            return switch (c) {
                case NOT_STARTED -> "not started";
                case LIMITED -> "completed to a limited extent";
                case SUBSTANTIAL -> "completed to a substantial extent";
                case COMPLETED -> "completed";
                case NO_EVIDENCE -> "without evidence of progress";
            };
        }
        return switch (c) {
            case NOT_STARTED -> "ikke påbegyndt";
            case LIMITED -> "gennemført i begrænset grad";
            case SUBSTANTIAL -> "gennemført i væsentlig grad";
            case COMPLETED -> "afsluttet";
            case NO_EVIDENCE -> "uden dokumentation for fremdrift";
        };
    }
}
