package dk.planspor.importer;

import java.util.Arrays;
import java.util.List;

import dk.planspor.importer.ImportDocument.AdjustmentGroup;
import dk.planspor.importer.ImportDocument.Commitment;
import dk.planspor.importer.ImportDocument.Contact;
import dk.planspor.importer.ImportDocument.Milestone;

/**
 * Writes an {@link ImportDocument} back as plain text in the shape of the self-assessment: the
 * adjustments section, then per commitment its heading, the template's labels in their order, the
 * completion checkbox row, the milestone table and the contact block. Reading the result with
 * {@link SelfAssessmentParser} gives the same commitments and adjustments.
 * <p>
 * The text is single spaced: each paragraph, bullet ("• ...") and table cell is one line, and a blank
 * line is a paragraph break. A milestone row is its milestone line followed by one line with the start
 * date, the end date and the status; an end-date cell that holds more than a date (seed 004, 4.3) is
 * written as the PDF prints it, running on over the next line, with the status on a line of its own.
 * A missing start or end date is written as "-".
 */
public final class ImportDocumentRenderer {

    private record Words(String period, String lead, String problem, String description, String contribution,
            String relevance, String additional, String completion, String levels, String results, String next,
            String milestones, String contact, String agency, String name, String jobTitle, String email,
            String actors, String government, String others, String adjustments, String evaluations,
            String commitment) {
    }

    private static final Words DA = new Words("Periode", "Ansvarlig", "Hvilket samfundsproblem adresserer initiativet?",
            "Hvad indeholder initiativet?", "Hvordan vil initiativet bidrage til at løse samfundsproblemet?",
            "Hvorfor er initiativet relevant i forhold til OGP-værdierne?", "Yderligere information",
            "Gennemførelsesstatus", "Ikke påbegyndt Begrænset Væsentligt Afsluttet", "Beskrivelse af resultaterne",
            "Næste skridt", "Aktiviteter eller milepæle med verificerbare leverancer Start dato Slut dato "
                    + "Gennemførelsesstatus",
            "Kontaktinformation", "Implementerende myndighed", "Navn på ansvarlige fra implementerende myndighed",
            "Titel, afdeling", "E-mail og telefon", "Andre involverede aktører", "Involverede statslige aktører",
            "CSO'er, virksomheder, internationale organisationer, arbejdsgrupper", "2.1 Justeringer af initiativer",
            "2.2 Evalueringer fra de enkelte initiativer", "Initiativ");

    private static final Words EN = new Words("Period", "Lead implementing agency/actor",
            "What is the public problem that the commitment will address?", "What is the commitment?",
            "How will the commitment contribute to solve the public problem?",
            "Why is this commitment relevant to OGP values?", "Additional information", "Completion",
            "Not started Limited Substantial Completed", "Description of results", "Next steps",
            "Milestone activity with a verifiable deliverable Start Date End Date Completion", "Contact information",
            "Implementing agency", "Name of responsible person from implementing agency", "Title, Department",
            "Email and Phone", "Other Actors Involved", "State actors involved",
            "CSOs, private sector, multilaterals, working groups", "2.1 Adjustments to commitments",
            "2.2 Assessment of each commitment", "Commitment");

    private final StringBuilder out = new StringBuilder();

    private ImportDocumentRenderer() {
    }

    public static String render(ImportDocument document) {
        ImportDocumentRenderer r = new ImportDocumentRenderer();
        r.document(document);
        return r.out.toString();
    }

    private void document(ImportDocument d) {
        boolean english = d.source() != null && "en".equals(d.source().language());
        Words w = english ? EN : DA;
        line(title(d, english));
        blank();
        if (d.adjustments() != null && !d.adjustments().isEmpty()) {
            line(w.adjustments());
            blank();
            for (AdjustmentGroup g : d.adjustments()) {
                line(w.commitment() + " " + g.commitment() + " " + titleOf(d, g.commitment()));
                for (String item : g.items()) {
                    line(FreeText.BULLET + item);
                }
                blank();
            }
        }
        line(w.evaluations());
        blank();
        for (Commitment c : d.commitments()) {
            commitment(c, w);
        }
    }

    private static String title(ImportDocument d, boolean english) {
        String slug = d.plan() == null || d.plan().slug() == null ? "" : " " + d.plan().slug();
        String kind = d.source() == null || d.source().kind() == null ? DocumentFacts.ACTION_PLAN : d.source().kind();
        return switch (kind) {
            case DocumentFacts.MIDTERM -> english ? "Midterm self-assessment of the action plan" + slug
                    : "Midtvejsevaluering af handlingsplanen for" + slug;
            case DocumentFacts.END_OF_TERM -> english ? "End-of-term self-assessment of the action plan" + slug
                    : "Slutevaluering af handlingsplanen for" + slug;
            default -> english ? "National action plan" + slug : "Handlingsplan for" + slug;
        };
    }

    private static String titleOf(ImportDocument d, String number) {
        return d.commitments().stream().filter(c -> number.equals(c.number()) && c.title() != null)
                .map(Commitment::title).findFirst().orElse("");
    }

    private void commitment(Commitment c, Words w) {
        line(w.commitment() + " " + c.number() + (c.title() == null ? "" : " " + c.title()));
        if (c.period() != null) {
            line(w.period() + " " + c.period());
        }
        line(w.lead() + " " + (c.leadAgency() == null ? "-" : c.leadAgency()));
        text(w.problem(), c.problem());
        text(w.description(), c.description());
        text(w.contribution(), c.contribution());
        text(w.relevance(), c.relevance());
        text(w.additional(), c.additionalInformation());
        if (c.completion() != null) {
            line(w.completion());
            line(w.levels());
            int column = Math.max(0, Arrays.asList(CompletionColumns.LEVELS).indexOf(c.completion()));
            line(" ".repeat(column) + "X" + (c.completionNote() == null ? "" : " " + c.completionNote()));
        }
        text(w.results(), c.results());
        text(w.next(), c.nextSteps());
        if (c.milestones() != null && !c.milestones().isEmpty()) {
            line(w.milestones());
            for (Milestone m : c.milestones()) {
                milestone(m);
            }
        }
        Contact k = c.contact();
        if (k != null) {
            line(w.contact());
            optional(w.agency(), k.agency());
            optional(w.name(), k.name());
            optional(w.jobTitle(), k.title());
            String reach = String.join(" ", List.of(k.email() == null ? "" : k.email(),
                    k.phone() == null ? "" : k.phone())).trim();
            optional(w.email(), reach.isEmpty() ? null : reach);
        }
        if (c.otherGovernmentActors() != null || c.otherNonGovernmentActors() != null) {
            line(w.actors());
            text(w.government(), c.otherGovernmentActors());
            text(w.others(), c.otherNonGovernmentActors());
        }
        blank();
    }

    private void milestone(Milestone m) {
        line(m.title() == null ? "-" : m.title());
        String start = m.start() == null ? "-" : m.start();
        String end = m.end() == null ? "-" : m.end();
        List<String> words = Arrays.asList(end.split(" "));
        int date = DateCells.longestDate(words, 0);
        if (date > 0 && date < words.size()) {
            // An end-date cell with more than a date: let it run on over the next line, as in the PDF.
            line(start + " " + String.join(" ", words.subList(0, date - 1)));
            line(String.join(" ", words.subList(date - 1, words.size())));
            if (m.status() != null) {
                line(m.status());
            }
            return;
        }
        line(start + " " + end + (m.status() == null ? "" : " " + m.status()));
    }

    private void optional(String label, String value) {
        if (value != null) {
            line(label + " " + value);
        }
    }

    /** A label and a free text: one line per paragraph or bullet, blank lines between paragraphs. */
    private void text(String label, String value) {
        line(label);
        if (value == null) {
            return;
        }
        for (String part : value.split("\n", -1)) {
            if (part.isBlank()) {
                blank();
            } else {
                line(part);
            }
        }
    }

    private void line(String s) {
        out.append(s.replace('\n', ' ')).append('\n');
    }

    private void blank() {
        out.append('\n');
    }
}
