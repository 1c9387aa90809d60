package dk.planspor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rendering an import document and reading it back gives the same commitments and adjustments. */
class ImportDocumentRendererTest {

    @Test
    void seed004RoundTrips() throws ImportException {
        ImportDocument doc = Seed004.document();
        String text = ImportDocumentRenderer.render(doc);
        ImportDocument again = new SelfAssessmentParser().parse(text, "rendered.txt");

        assertThat(again.commitments()).hasSameSizeAs(doc.commitments());
        for (int i = 0; i < doc.commitments().size(); i++) {
            assertThat(again.commitments().get(i)).as("commitment " + doc.commitments().get(i).number())
                    .isEqualTo(doc.commitments().get(i));
        }
        assertThat(again.adjustments()).isEqualTo(doc.adjustments());
        assertThat(again.source().kind()).isEqualTo(doc.source().kind());
        assertThat(again.source().language()).isEqualTo("da");
        assertThat(again.plan()).isEqualTo(doc.plan());
        assertThat(again.warnings()).isEmpty();
    }

    @Test
    void rendersTheSeedsShape() {
        String text = ImportDocumentRenderer.render(Seed004.document());
        assertThat(text).startsWith("Midtvejsevaluering af handlingsplanen for 2017-2019\n")
                .contains("2.1 Justeringer af initiativer\n\nInitiativ 1.1 Flere åbne data til borgere og medier\n• ")
                .contains("Initiativ 1.1 Flere åbne data til borgere og medier\nPeriode 2017 – medio 2019\n"
                        + "Ansvarlig Rigsarkivet\nHvilket samfundsproblem adresserer initiativet?\n")
                .contains("Gennemførelsesstatus\nIkke påbegyndt Begrænset Væsentligt Afsluttet\n X\n")
                .contains("\n X (strategien løber til 2021)\n")
                .contains("Udvælgelse af 10 datasæt i dialog med interessenter\n1. august 2017 1. juni 2018 Afsluttet\n")
                .contains("E-mail og telefon asf@sa.dk +45 41 71 74 16\n");
    }

    @Test
    void englishDocumentsRoundTripToo() throws ImportException {
        ImportDocument doc = new SelfAssessmentParser().parse(EnglishSelfAssessmentTest.TEXT, "en.txt");
        ImportDocument again = new SelfAssessmentParser().parse(ImportDocumentRenderer.render(doc), "again.txt");
        assertThat(again.commitments()).isEqualTo(doc.commitments());
        assertThat(again.source().language()).isEqualTo("en");
    }
}
