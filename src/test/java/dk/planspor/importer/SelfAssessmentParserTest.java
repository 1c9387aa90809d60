package dk.planspor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import dk.planspor.importer.ImportDocument.Commitment;
import dk.planspor.importer.ImportDocument.Milestone;
import dk.planspor.importer.ImportDocument.SkippedLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Seed 004 against the expectations in {@code importer/004-expected.json}, read by hand from the document. */
class SelfAssessmentParserTest {

    private static final String[] TEXT_FIELDS = {"problem", "description", "contribution", "relevance",
            "additionalInformation", "results", "nextSteps"};

    private final ImportDocument doc = Seed004.document();
    private final JsonNode expected = JsonMapper.builder().build()
            .readTree(new String(Seed004.resource("/importer/004-expected.json"), StandardCharsets.UTF_8));

    @Test
    void readsTheDocumentFacts() {
        assertThat(doc.source().file()).isEqualTo(Seed004.FILE);
        assertThat(doc.source().kind()).isEqualTo(expected.get("kind").asString());
        assertThat(doc.source().language()).isEqualTo(expected.get("language").asString());
        assertThat(doc.plan().slug()).isEqualTo(expected.get("slug").asString());
        // The sha256 is of the text's UTF-8 bytes, which are the file's bytes here.
        assertThat(doc.source().sha256()).isEqualTo(SelfAssessmentParser.sha256(Seed004.bytes()));
        assertThat(SelfAssessmentParser.sha256(Seed004.bytes())).hasSize(64);
    }

    @Test
    void readsEveryCommitmentAsExpected() {
        JsonNode list = expected.get("commitments");
        assertThat(doc.commitments()).extracting(Commitment::number)
                .containsExactlyElementsOf(numbers(list));
        SoftAssertions soft = new SoftAssertions();
        for (int k = 0; k < list.size(); k++) {
            JsonNode e = list.get(k);
            Commitment c = doc.commitments().get(k);
            String n = c.number() + " ";
            soft.assertThat(c.title()).as(n + "title").isEqualTo(str(e, "title"));
            soft.assertThat(c.period()).as(n + "period").isEqualTo(str(e, "period"));
            soft.assertThat(c.leadAgency()).as(n + "leadAgency").isEqualTo(str(e, "leadAgency"));
            soft.assertThat(c.completion()).as(n + "completion").isEqualTo(str(e, "completion"));
            soft.assertThat(c.completionNote()).as(n + "completionNote").isEqualTo(str(e, "completionNote"));
            Map<String, String> texts = texts(c);
            for (String field : TEXT_FIELDS) {
                JsonNode t = e.get(field);
                String actual = texts.get(field);
                if (t == null || t.isNull()) {
                    soft.assertThat(actual).as(n + field).isNull();
                } else {
                    soft.assertThat(actual).as(n + field + " (start)").startsWith(t.get("start").asString());
                    soft.assertThat(actual).as(n + field + " (end)").endsWith(t.get("end").asString());
                }
            }
            JsonNode ms = e.get("milestones");
            soft.assertThat(c.milestones()).as(n + "milestone count").hasSize(ms.size());
            for (int m = 0; m < Math.min(ms.size(), c.milestones().size()); m++) {
                Milestone a = c.milestones().get(m);
                JsonNode x = ms.get(m);
                String row = n + "milestone " + (m + 1) + " ";
                soft.assertThat(a.title()).as(row + "title").isEqualTo(str(x, "title"));
                soft.assertThat(a.start()).as(row + "start").isEqualTo(str(x, "start"));
                soft.assertThat(a.end()).as(row + "end").isEqualTo(str(x, "end"));
                soft.assertThat(a.status()).as(row + "status").isEqualTo(str(x, "status"));
            }
            JsonNode contact = e.get("contact");
            soft.assertThat(c.contact()).as(n + "contact").isNotNull();
            if (c.contact() != null) {
                soft.assertThat(c.contact().agency()).as(n + "contact agency").isEqualTo(str(contact, "agency"));
                soft.assertThat(c.contact().name()).as(n + "contact name").isEqualTo(str(contact, "name"));
                soft.assertThat(c.contact().title()).as(n + "contact title").isEqualTo(str(contact, "title"));
                soft.assertThat(c.contact().email()).as(n + "contact email").isEqualTo(str(contact, "email"));
                soft.assertThat(c.contact().phone()).as(n + "contact phone").isEqualTo(str(contact, "phone"));
            }
            soft.assertThat(c.otherGovernmentActors()).as(n + "otherGovernmentActors")
                    .isEqualTo(str(e, "otherGovernmentActors"));
            soft.assertThat(c.otherNonGovernmentActors()).as(n + "otherNonGovernmentActors")
                    .isEqualTo(str(e, "otherNonGovernmentActors"));
        }
        soft.assertAll();
    }

    @Test
    void readsTheAdjustments() {
        JsonNode list = expected.get("adjustments");
        assertThat(doc.adjustments()).hasSize(list.size());
        SoftAssertions soft = new SoftAssertions();
        for (int g = 0; g < list.size(); g++) {
            JsonNode e = list.get(g);
            var group = doc.adjustments().get(g);
            soft.assertThat(group.commitment()).as("adjustment group " + (g + 1)).isEqualTo(str(e, "commitment"));
            List<String> items = new ArrayList<>();
            e.get("items").forEach(i -> items.add(i.asString()));
            soft.assertThat(group.items()).as("adjustments of " + group.commitment()).containsExactlyElementsOf(items);
        }
        soft.assertAll();
    }

    @Test
    void completionMatchesThePublishedSummary() {
        // digst.dk, 22-10-2018: 7 limited, 5 substantial, 2 completed.
        Map<String, Long> counts = doc.commitments().stream()
                .collect(Collectors.groupingBy(Commitment::completion, TreeMap::new, Collectors.counting()));
        assertThat(counts).containsExactly(Map.entry("COMPLETED", 2L), Map.entry("LIMITED", 7L),
                Map.entry("SUBSTANTIAL", 5L));
    }

    @Test
    void milestoneDatesAreReadAsIntervals() {
        Milestone first = doc.commitments().get(0).milestones().get(0);
        assertThat(first.startInterval()).isEqualTo(new ImportDocument.Interval(java.time.LocalDate.of(2017, 8, 1),
                java.time.LocalDate.of(2017, 8, 1)));
        Milestone dash = doc.commitments().get(4).milestones().get(0);
        assertThat(dash.start()).isEqualTo("-");
        assertThat(dash.startInterval()).isNull();
        assertThat(doc.commitments().get(5).milestones().get(3).endInterval()).isNull(); // "Endnu ikke fastlagt"
    }

    @Test
    void noFieldHoldsPageNoiseOrBrokenWords() {
        List<String> allHeaders = doc.skipped().stream().filter(s -> s.reason().equals("PAGE_HEADER"))
                .map(SkippedLine::text).toList();
        // 13 headers "Initiativ N.N ..." at page tops, two of which wrap ("distributionsplatform", "Uganda").
        assertThat(allHeaders).hasSize(15);
        List<String> headers = allHeaders.stream().filter(t -> t.startsWith("Initiativ ")).toList();
        Pattern broken = Pattern.compile("\\p{Ll}- (?!og |eller |samt )\\p{Ll}");
        Pattern labelPiece = Pattern.compile("initiati- |vet bidrage til at|(?<!\\p{L})hold til OGP-|værdierne\\?|"
                + "samfunds- problem|Gennemførelses- status|informa- tion|leveran- cer|Beskrivelse af resultaterne");
        SoftAssertions soft = new SoftAssertions();
        allFieldTexts().forEach((where, text) -> {
            for (String header : headers) {
                Pattern line = Pattern.compile("(?<!\\p{L})" + Pattern.quote(header) + "(?!\\p{L})");
                soft.assertThat(line.matcher(text).find()).as(where + " holds page header '" + header + "'").isFalse();
            }
            soft.assertThat(text).as(where).doesNotContain("mailto:");
            soft.assertThat(text).as(where).doesNotContain("\uF0B7");
            Matcher m = broken.matcher(text);
            if (m.find()) {
                soft.fail(where + " has a broken word: " + text.substring(Math.max(0, m.start() - 20),
                        Math.min(text.length(), m.end() + 20)));
            }
            soft.assertThat(labelPiece.matcher(text).find()).as(where + " holds a piece of a label").isFalse();
        });
        soft.assertAll();
    }

    @Test
    void keepsRealHyphensAndJoinsBrokenWords() {
        String all = String.join("\n", allFieldTexts().values());
        assertThat(all).contains("OGP-værdierne", "Open Government-handlingsplanerne", "minister-/viceministerniveau",
                "KL's Teknik og Miljø-konference 2018", "Børne- og Socialministeriet", "data- og inspirationssiden",
                "dataproduktionen og -indsamlingen", "OECD-DAC", "IATI-standardformatet",
                "https://www.digst.dk/Strategier/Initiativer/Let-hurtigt-og-god-kvalitet/Fokusomraade-1",
                "Uddannelses- og Forskningsministeriet", "Dansk Sygeplejeråd", "Foreningen af Rådgivende Ingeniører",
                "Datafordeleren (DAF)", "kompetencepersoner", "udviklings- og innovationsprocesser");
        assertThat(doc.commitments().get(3).title()).isEqualTo("Bedre brug af åbne data og Smart City-forum");
        assertThat(all).doesNotContain("stimule- re", "Miljøkonference", "Governmenthandlingsplanerne");
    }

    @Test
    void accountsForEverySourceLine() {
        SourceText src = Seed004.parsed().source();
        List<String> unaccounted = new ArrayList<>();
        for (int i = 0; i < src.size(); i++) {
            if (!src.blank(i) && src.owner[i] == null) {
                unaccounted.add((i + 1) + ": " + src.text[i]);
            }
        }
        assertThat(unaccounted).as("lines in no field and not skipped").isEmpty();
        // Each line given to a field has its words in that field (label words aside).
        Map<String, String> fields = fieldsByOwner();
        java.util.Set<String> labelWords = Labels.ALL.stream()
                .flatMap(l -> java.util.Arrays.stream(l.text().toLowerCase().split("[ ,'’?/]+")))
                .collect(Collectors.toSet());
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < src.size(); i++) {
            String owner = src.owner[i];
            if (src.blank(i) || owner == null || owner.startsWith("skip:")) {
                continue;
            }
            String field = fields.get(owner);
            soft.assertThat(field).as("line " + (i + 1) + " owner " + owner).isNotNull();
            if (field == null) {
                continue;
            }
            for (String word : src.text[i].split(" ")) {
                String w = Hyphenation.strip(word.replace("\uF0B7", ""));
                if (w.endsWith("-")) {
                    w = w.substring(0, w.length() - 1);
                }
                if (w.length() < 3 || labelWords.contains(w.toLowerCase())) {
                    continue;
                }
                soft.assertThat(field).as("line " + (i + 1) + " (" + owner + ") word '" + w + "'").contains(w);
            }
        }
        soft.assertAll();
    }

    @Test
    void skipsNoiseWithItsReason() {
        Map<Integer, String> reasons = doc.skipped().stream()
                .collect(Collectors.toMap(SkippedLine::line, SkippedLine::reason));
        assertThat(reasons).containsEntry(522, "PAGE_HEADER").containsEntry(524, "PAGE_HEADER")
                .containsEntry(3083, "PAGE_HEADER").containsEntry(675, "LINK_ARTIFACT")
                .containsEntry(1817, "LINK_ARTIFACT").containsEntry(52, "FOOTER").containsEntry(4096, "FOOTER")
                .containsEntry(383, "LABEL").containsEntry(3802, "LABEL").containsEntry(1, "NARRATIVE")
                .containsEntry(4037, "NARRATIVE");
        // Lines that are content stay content even where they look like noise.
        assertThat(reasons).doesNotContainKeys(2273, 2267, 854, 378);
    }

    @Test
    void notUnderstoodLinesAreTheWarnings() {
        List<String> notUnderstood = doc.skipped().stream().filter(s -> s.reason().equals("NOT_UNDERSTOOD"))
                .map(s -> "line " + s.line() + ": not understood: '" + s.text() + "'").toList();
        assertThat(doc.warnings()).containsExactlyElementsOf(notUnderstood);
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void parseWithOriginalBytesHashesThoseBytes() throws ImportException {
        byte[] original = "%PDF-1.7 pretend".getBytes(StandardCharsets.UTF_8);
        ImportDocument d = new SelfAssessmentParser().parse(original, Seed004.text(), "x.pdf");
        assertThat(d.source().sha256()).isEqualTo(SelfAssessmentParser.sha256(original));
        assertThat(d.commitments()).hasSize(14);
    }

    // --- helpers

    private static List<String> numbers(JsonNode list) {
        List<String> numbers = new ArrayList<>();
        list.forEach(e -> numbers.add(e.get("number").asString()));
        return numbers;
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Map<String, String> texts(Commitment c) {
        Map<String, String> m = new java.util.HashMap<>();
        m.put("problem", c.problem());
        m.put("description", c.description());
        m.put("contribution", c.contribution());
        m.put("relevance", c.relevance());
        m.put("additionalInformation", c.additionalInformation());
        m.put("results", c.results());
        m.put("nextSteps", c.nextSteps());
        m.put("otherGovernmentActors", c.otherGovernmentActors());
        m.put("otherNonGovernmentActors", c.otherNonGovernmentActors());
        return m;
    }

    /** Every field's content (titles and adjustment headings aside), by where it is. */
    private Map<String, String> allFieldTexts() {
        Map<String, String> all = new TreeMap<>(fieldsByOwner());
        all.keySet().removeIf(k -> k.endsWith(" title") || k.startsWith("adjustments "));
        for (var g : doc.adjustments()) {
            all.put("adjustments " + g.commitment(), String.join("\n", g.items()));
        }
        all.values().removeIf(java.util.Objects::isNull);
        return all;
    }

    /** The text of each field, keyed like the line accounting ("1.1 problem", "adjustments 3.3"). */
    private Map<String, String> fieldsByOwner() {
        Map<String, String> fields = new java.util.HashMap<>();
        for (Commitment c : doc.commitments()) {
            String n = c.number() + " ";
            texts(c).forEach((k, v) -> fields.put(n + k, v));
            fields.put(n + "title", "Initiativ " + c.number() + " " + c.title());
            fields.put(n + "period", c.period());
            fields.put(n + "leadAgency", c.leadAgency());
            fields.put(n + "completion", "X " + (c.completionNote() == null ? "" : c.completionNote()));
            Function<Milestone, String> row = m -> String.join(" | ", String.valueOf(m.title()),
                    String.valueOf(m.start()), String.valueOf(m.end()), String.valueOf(m.status()));
            fields.put(n + "milestones", c.milestones().stream().map(row).collect(Collectors.joining("\n")));
            if (c.contact() != null) {
                fields.put(n + "contact.agency", c.contact().agency());
                fields.put(n + "contact.name", c.contact().name());
                fields.put(n + "contact.title", c.contact().title());
                fields.put(n + "contact.email", c.contact().email() + " " + c.contact().phone());
            }
        }
        for (var g : doc.adjustments()) {
            String title = doc.commitments().stream().filter(c -> c.number().equals(g.commitment()))
                    .map(Commitment::title).findFirst().orElse("");
            fields.put("adjustments " + g.commitment(), g.commitment() + " " + title + " Initiativ "
                    + String.join("\n", g.items()));
        }
        return fields;
    }
}
