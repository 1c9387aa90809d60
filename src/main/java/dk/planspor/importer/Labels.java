package dk.planspor.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The row labels of the OGP commitment template, in Danish (the 2017-19 self-assessment) and English
 * (the OGP template), and a matcher that finds them in printed lines.
 * <p>
 * A label is printed in a narrow left-hand cell, so it is often broken over several lines, with
 * line-end hyphens ("Hvordan vil initiati-" / "vet bidrage til at" / ...), and the first line of the
 * value may stand on the same line as a piece of the label ("Næste skridt Der er påbegyndt ...",
 * "Beskrivelse af Der er udarbejdet ..."). Matching therefore compares the label and the line with all
 * whitespace removed, word by word, and remembers the part of a label still to come ({@link Pending}),
 * which may turn up some lines later, even after value lines.
 */
final class Labels {

    enum Field {
        PERIOD("period"), LEAD("leadAgency"), PROBLEM("problem"), DESCRIPTION("description"),
        CONTRIBUTION("contribution"), RELEVANCE("relevance"), ADDITIONAL("additionalInformation"),
        COMPLETION("completion"), COMPLETION_HEADER("completion"), RESULTS("results"), NEXT_STEPS("nextSteps"),
        MILESTONES("milestones"), CONTACT("contact"), AGENCY("contact.agency"), NAME("contact.name"),
        TITLE("contact.title"), EMAIL("contact.email"), ACTORS("actors"),
        GOVERNMENT_ACTORS("otherGovernmentActors"), OTHER_ACTORS("otherNonGovernmentActors");

        final String json;

        Field(String json) {
            this.json = json;
        }

        boolean isFreeText() {
            return switch (this) {
                case PROBLEM, DESCRIPTION, CONTRIBUTION, RELEVANCE, ADDITIONAL, RESULTS, NEXT_STEPS,
                        GOVERNMENT_ACTORS, OTHER_ACTORS -> true;
                default -> false;
            };
        }
    }

    record Label(Field field, String text, String language, String key, List<Integer> wordEnds) {
    }

    /** A label of which only a first part has been seen. */
    record Pending(Label label, int matched) {
        String remaining() {
            return label.key().substring(matched);
        }
    }

    /** A label found at the start of a line: how far it got, and the value that follows it on the line. */
    record Match(Label label, int matched, String value) {
        boolean complete() {
            return matched == label.key().length();
        }

        Pending pending() {
            return complete() ? null : new Pending(label, matched);
        }
    }

    static final List<Label> ALL = new ArrayList<>();

    static {
        da(Field.PERIOD, "Periode");
        da(Field.LEAD, "Ansvarlig");
        da(Field.PROBLEM, "Hvilket samfundsproblem adresserer initiativet?");
        da(Field.DESCRIPTION, "Hvad indeholder initiativet?");
        da(Field.CONTRIBUTION, "Hvordan vil initiativet bidrage til at løse samfundsproblemet?");
        da(Field.RELEVANCE, "Hvorfor er initiativet relevant i forhold til OGP-værdierne?");
        da(Field.ADDITIONAL, "Yderligere information");
        da(Field.COMPLETION, "Gennemførelsesstatus");
        da(Field.COMPLETION_HEADER, "Ikke påbegyndt Begrænset Væsentligt Afsluttet");
        da(Field.RESULTS, "Beskrivelse af resultaterne");
        da(Field.NEXT_STEPS, "Næste skridt");
        da(Field.MILESTONES, "Aktiviteter eller milepæle med verificerbare leverancer Start dato Slut dato "
                + "Gennemførelsesstatus");
        da(Field.MILESTONES, "Aktiviteter eller milepæle med verificerbare leverancer Start dato Slut dato");
        da(Field.CONTACT, "Kontaktinformation");
        da(Field.AGENCY, "Implementerende myndighed");
        da(Field.NAME, "Navn på ansvarlige fra implementerende myndighed");
        da(Field.TITLE, "Titel, afdeling");
        da(Field.EMAIL, "E-mail og telefon");
        da(Field.ACTORS, "Andre involverede aktører");
        da(Field.GOVERNMENT_ACTORS, "Involverede statslige aktører");
        da(Field.OTHER_ACTORS, "CSO'er, virksomheder, internationale organisationer, arbejdsgrupper");

        en(Field.PERIOD, "Commitment Start and End Date");
        en(Field.PERIOD, "Period");
        en(Field.LEAD, "Lead implementing agency/actor");
        en(Field.LEAD, "Lead implementing agency");
        en(Field.LEAD, "Lead agency");
        en(Field.PROBLEM, "What is the public problem that the commitment will address?");
        en(Field.DESCRIPTION, "What is the commitment?");
        en(Field.CONTRIBUTION, "How will the commitment contribute to solve the public problem?");
        en(Field.RELEVANCE, "Why is this commitment relevant to OGP values?");
        en(Field.ADDITIONAL, "Additional information");
        en(Field.COMPLETION, "Completion");
        en(Field.COMPLETION_HEADER, "Not started Limited Substantial Completed");
        en(Field.RESULTS, "Description of results");
        en(Field.NEXT_STEPS, "Next steps");
        en(Field.MILESTONES, "Milestone activity with a verifiable deliverable Start Date End Date Completion");
        en(Field.MILESTONES, "Milestone activity with a verifiable deliverable Start Date End Date Status");
        en(Field.MILESTONES, "Milestone activity with a verifiable deliverable Start Date End Date");
        en(Field.CONTACT, "Contact information");
        en(Field.AGENCY, "Implementing agency");
        en(Field.NAME, "Name of responsible person from implementing agency");
        en(Field.TITLE, "Title, Department");
        en(Field.EMAIL, "Email and Phone");
        en(Field.ACTORS, "Other Actors Involved");
        en(Field.GOVERNMENT_ACTORS, "State actors involved");
        en(Field.OTHER_ACTORS, "CSOs, private sector, multilaterals, working groups");
    }

    private Labels() {
    }

    private static void da(Field field, String text) {
        add(field, text, "da");
    }

    private static void en(Field field, String text) {
        add(field, text, "en");
    }

    private static void add(Field field, String text, String language) {
        StringBuilder key = new StringBuilder();
        List<Integer> wordEnds = new ArrayList<>();
        for (String word : text.split(" ")) {
            key.append(normalize(word));
            wordEnds.add(key.length());
        }
        ALL.add(new Label(field, text, language, key.toString(), List.copyOf(wordEnds)));
    }

    /** Lower case, one kind of apostrophe, no whitespace. */
    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                continue;
            }
            b.append(c == '’' || c == '‘' || c == '´' || c == '`' ? '\'' : c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The label (of a field that {@code allowed} accepts) that starts {@code line}, or null. A line that
     * is only the first part of a label must be at least one whole word of it, or end in a broken word;
     * a part of a label followed by a value must be two words or more, or the whole label.
     */
    static Match start(String line, java.util.function.Predicate<Field> allowed) {
        Match best = null;
        String[] words = line.split(" ");
        for (Label label : ALL) {
            if (!allowed.test(label.field())) {
                continue;
            }
            Match m = match(label, 0, words, true);
            if (m == null) {
                continue;
            }
            boolean pureLine = m.value().isEmpty();
            int wordsMatched = countWordEnds(label, m.matched());
            if (!pureLine && !m.complete() && wordsMatched < 2) {
                continue;
            }
            if (best == null || m.matched() > best.matched()
                    || (m.matched() == best.matched() && m.complete() && !best.complete())) {
                best = m;
            }
        }
        return best;
    }

    /** The continuation of a pending label at the start of {@code line}, or null. */
    static Match resume(Pending pending, String line) {
        Match m = match(pending.label(), pending.matched(), line.split(" "), false);
        if (m == null || m.matched() == pending.matched()) {
            return null;
        }
        return m;
    }

    /**
     * Matches words of {@code words} against {@code label} from key offset {@code from}. The last word of a
     * line may be a broken word ("initiati-"); any other match must end at a word end of the label,
     * unless nothing follows on the line.
     */
    private static Match match(Label label, int from, String[] words, boolean ignoreCase) {
        String key = label.key();
        int at = from;
        int used = 0;
        boolean broken = false;
        for (int w = 0; w < words.length && at < key.length(); w++) {
            String word = normalize(words[w]);
            if (word.isEmpty()) {
                used++;
                continue;
            }
            boolean lastWord = w == words.length - 1;
            if (key.startsWith(word, at)) {
                at += word.length();
                used = w + 1;
                broken = lastWord && word.endsWith("-"); // "hold til OGP-" / "værdierne?"
            } else if (lastWord && word.endsWith("-") && word.length() > 1
                    && key.startsWith(word.substring(0, word.length() - 1), at)) {
                at += word.length() - 1;
                used = w + 1;
                broken = true;
            } else {
                break;
            }
        }
        if (at == from) {
            return null;
        }
        String value = String.join(" ", java.util.Arrays.copyOfRange(words, used, words.length)).trim();
        boolean atWordEnd = at == key.length() || label.wordEnds().contains(at);
        if (!atWordEnd && (!value.isEmpty() || !broken)) {
            return null; // a label ends at a word end, or the line ends in a broken word of it
        }
        if (!ignoreCase && !value.isEmpty() && !sameCase(label, from, words)) {
            return null;
        }
        return new Match(label, at, value);
    }

    /** For a resumed label followed by a value: the first word must have the label's case ("resultaterne"). */
    private static boolean sameCase(Label label, int from, String[] words) {
        // The key is the label without spaces, lower-cased letter for letter, so offsets agree.
        String text = label.text().replace(" ", "");
        String first = words[0];
        return first.isEmpty() || from >= text.length() || text.charAt(from) == first.charAt(0);
    }

    private static int countWordEnds(Label label, int matched) {
        int n = 0;
        for (int end : label.wordEnds()) {
            if (end <= matched) {
                n++;
            }
        }
        return n;
    }
}
