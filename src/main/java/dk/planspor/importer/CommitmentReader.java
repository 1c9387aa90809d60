package dk.planspor.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.planspor.importer.ImportDocument.Commitment;
import dk.planspor.importer.ImportDocument.Contact;
import dk.planspor.importer.ImportDocument.Milestone;
import dk.planspor.importer.Labels.Field;

/**
 * Reads the lines of one commitment (from its period line to the line before the next commitment) into
 * a {@link Commitment}. Labels switch the field that the following lines go to; page headers, link
 * artifacts and footnotes have been marked before and are passed over, so a field simply continues
 * across them. Every line ends up in a field, as a LABEL, or as NOT_UNDERSTOOD.
 */
final class CommitmentReader {

    private static final Pattern X_ROW = Pattern.compile("[Xx✓✔☒■](?:\\s+(.*))?");
    private static final Set<Field> SINGLE_LINE_LABELS = EnumSet.of(Field.COMPLETION, Field.CONTACT, Field.ACTORS,
            Field.COMPLETION_HEADER);

    private final SourceText src;
    private final Hyphenation hyphenation;
    private final String number;
    private final String title;

    private final Map<Field, String> values = new EnumMap<>(Field.class);
    private final Map<Field, FreeText> texts = new EnumMap<>(Field.class);
    private final EnumSet<Field> started = EnumSet.noneOf(Field.class);
    private final List<MilestoneTable.Cell> table = new ArrayList<>();
    private Field current;
    private Labels.Pending pending;
    private String completionHeaderRaw;
    private String completion;
    private String completionNote;
    private String language;

    CommitmentReader(SourceText src, Hyphenation hyphenation, String number, String title) {
        this.src = src;
        this.hyphenation = hyphenation;
        this.number = number;
        this.title = title;
    }

    /** The language of the labels seen ("da" or "en"), or null. */
    String language() {
        return language;
    }

    boolean hasCompletionRow() {
        return completion != null;
    }

    /** Reads the lines from {@code from} up to (not including) {@code to}; {@code periodLine} (or -1) is a bare period line found before the lead line. */
    Commitment read(int from, int to, int periodLine) {
        if (periodLine >= 0) {
            started.add(Field.PERIOD);
            values.put(Field.PERIOD, src.text[periodLine]);
            own(periodLine, Field.PERIOD);
        }
        for (int i = from; i < to; i++) {
            if (!src.free(i) || i == periodLine) {
                continue;
            }
            if (src.blank(i)) {
                if (current != null && current.isFreeText() && src.isBreak(i)) {
                    text(current).paragraphBreak();
                }
                continue;
            }
            readLine(i, src.text[i]);
        }
        return build();
    }

    private void readLine(int i, String line) {
        if (pending != null) {
            Labels.Match m = Labels.resume(pending, line);
            if (m != null) {
                pending = m.pending();
                if (m.value().isEmpty()) {
                    src.skip(i, SourceText.LABEL);
                } else {
                    value(i, m.value());
                }
                return;
            }
        }
        Labels.Match m = Labels.start(line, this::allowed);
        if (m != null && acceptable(m)) {
            Field field = m.label().field();
            language = language == null ? m.label().language() : language;
            if (field == Field.COMPLETION_HEADER) {
                completionHeaderRaw = src.raw[i];
                field = Field.COMPLETION;
            }
            started.add(m.label().field());
            current = field;
            pending = m.pending();
            if (m.value().isEmpty()) {
                src.skip(i, SourceText.LABEL);
            } else {
                value(i, m.value());
            }
            return;
        }
        Labels.Match repeat = Labels.start(line, f -> true);
        if (repeat != null && repeat.complete() && repeat.value().isEmpty()
                && started.contains(repeat.label().field())) {
            src.skip(i, SourceText.LABEL); // a label printed again with nothing in it ("Næste skridt" at a page top)
            return;
        }
        value(i, line);
    }

    private boolean allowed(Field f) {
        if (started.contains(f)) {
            return false;
        }
        return switch (f) {
            case PERIOD, LEAD -> !started.contains(Field.PROBLEM) && !started.contains(Field.DESCRIPTION);
            case COMPLETION_HEADER -> current == Field.COMPLETION;
            default -> true;
        };
    }

    private boolean acceptable(Labels.Match m) {
        Field f = m.label().field();
        if (SINGLE_LINE_LABELS.contains(f) && !m.value().isEmpty()) {
            // "Completion of the portal ..." in a text is no label; "Completion Not started ..." is.
            return f == Field.COMPLETION && Labels.start(m.value(), x -> x == Field.COMPLETION_HEADER) != null;
        }
        return true;
    }

    private void value(int i, String text) {
        Field field = current;
        if (field == null || field == Field.CONTACT || field == Field.ACTORS) {
            src.skip(i, SourceText.NOT_UNDERSTOOD);
            return;
        }
        switch (field) {
            case COMPLETION -> completionLine(i, text);
            case MILESTONES -> table.add(new MilestoneTable.Cell(i, text));
            default -> {
                if (field.isFreeText()) {
                    text(field).add(text, src.raw[i]);
                } else {
                    String before = values.get(field);
                    values.put(field, before == null ? text : hyphenation.join(before, null, text));
                }
            }
        }
        own(i, field);
    }

    private void completionLine(int i, String text) {
        Labels.Match header = Labels.start(text, x -> x == Field.COMPLETION_HEADER);
        if (header != null && header.complete()) {
            completionHeaderRaw = src.raw[i];
            return;
        }
        Matcher x = X_ROW.matcher(text);
        if (completion == null && x.matches()) {
            completion = CompletionColumns.level(completionHeaderRaw, src.raw[i]);
            String note = x.group(1);
            completionNote = note == null || note.isBlank() ? null : note.trim();
            return;
        }
        if (completion != null) {
            completionNote = completionNote == null ? text : hyphenation.join(completionNote, null, text);
            return;
        }
        src.skip(i, SourceText.NOT_UNDERSTOOD);
    }

    private FreeText text(Field field) {
        return texts.computeIfAbsent(field, f -> new FreeText(hyphenation));
    }

    private void own(int i, Field field) {
        if (src.free(i)) {
            src.own(i, (number == null ? "?" : number) + " " + field.json);
        }
    }

    private String free(Field f) {
        FreeText t = texts.get(f);
        return t == null ? null : t.build();
    }

    private Commitment build() {
        List<Milestone> milestones = new ArrayList<>();
        List<MilestoneTable.Row> rows = new MilestoneTable(table, hyphenation, src.raw).rows();
        if (rows.isEmpty()) {
            for (MilestoneTable.Cell cell : table) {
                src.owner[cell.line()] = null;
                src.skip(cell.line(), SourceText.NOT_UNDERSTOOD);
            }
        }
        for (MilestoneTable.Row r : rows) {
            milestones.add(new Milestone(r.title(), r.start(), r.end(), r.status(), DateCells.interval(r.start()),
                    DateCells.interval(r.end())));
        }
        return new Commitment(number, title, values.get(Field.PERIOD), values.get(Field.LEAD), free(Field.PROBLEM),
                free(Field.DESCRIPTION), free(Field.CONTRIBUTION), free(Field.RELEVANCE), free(Field.ADDITIONAL),
                completion, completionNote, free(Field.RESULTS), free(Field.NEXT_STEPS), List.copyOf(milestones),
                contact(), free(Field.GOVERNMENT_ACTORS), free(Field.OTHER_ACTORS));
    }

    private Contact contact() {
        String agency = values.get(Field.AGENCY);
        String name = values.get(Field.NAME);
        String jobTitle = values.get(Field.TITLE);
        String email = null;
        String phone = null;
        String emailAndPhone = values.get(Field.EMAIL);
        if (emailAndPhone != null) {
            List<String> mails = new ArrayList<>();
            List<String> rest = new ArrayList<>();
            for (String token : emailAndPhone.split(" ")) {
                String t = token.startsWith("mailto:") ? token.substring(7) : token;
                if (t.contains("@")) {
                    mails.add(t.replaceAll("^[<(]+|[>),;.]+$", ""));
                } else {
                    rest.add(t);
                }
            }
            email = mails.isEmpty() ? null : String.join(", ", mails);
            phone = rest.isEmpty() ? null : String.join(" ", rest);
        }
        if (agency == null && name == null && jobTitle == null && email == null && phone == null) {
            return null;
        }
        return new Contact(agency, name, jobTitle, email, phone);
    }
}
