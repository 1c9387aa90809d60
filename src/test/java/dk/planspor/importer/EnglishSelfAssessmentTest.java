package dk.planspor.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dk.planspor.importer.ImportDocument.Commitment;
import dk.planspor.importer.ImportDocument.Milestone;

/** The English OGP template, and a plan without completion rows. */
class EnglishSelfAssessmentTest {

    static final String TEXT = """
            End-of-term self-assessment of the national action plan 2019-2021

            2.1 Adjustments to commitments

            Commitment 1.1 Open budget data
            • The end date of the second milestone moved from June 2020 to December 2020.

            2.2 Assessment of each commitment

            Commitment 1.1 Open budget data
            Period 1 January 2019 – 30 June 2021
            Lead implementing agency/actor Ministry of Finance
            What is the public problem that the commitment
            will address?
            Budget data is published as scanned reports that citizens can-
            not reuse.

            Journalists have asked for machine-readable data.
            What is the commitment?
            The ministry publishes the state budget as open data:
            • monthly figures per ministry
            • a yearly data dictionary
            How will the commitment contribute to solve the public problem?
            Anyone can analyse the figures.
            Why is this commitment relevant to OGP values?
            It makes public spending transparent.
            Additional information
            Completion
            Not started Limited Substantial Completed
               X
            Description of results
            The data portal publishes monthly figures since March 2020.
            Next steps
            None: the commitment is completed.
            Milestone activity with a verifiable deliverable Start Date End Date Completion
            Data model agreed with
            the statistics office
            March 2019 Q4 2019 Completed
            Monthly publication January 2020 December 2020 Completed
            Contact information
            Implementing agency Ministry of Finance
            Name of responsible person from implementing agency Jane Doe
            Title, Department Head of Section, Budget Office
            Email and Phone jane.doe@fm.example +45 12 34 56 78
            Other Actors Involved
            State actors involved Statistics Denmark
            CSOs, private sector, multilaterals, working groups Open Knowledge Denmark

            Commitment 1.2 Whistle-blower scheme
            Lead implementing agency/actor Ministry of Justice
            What is the public problem that the commitment will address?
            Employees who see wrongdoing have nowhere safe to report it.
            What is the commitment?
            A whistle-blower scheme for the ministry and its agencies.
            How will the commitment contribute to solve the public problem?
            Reports reach an independent unit.
            Why is this commitment relevant to OGP values?
            Accountability.
            Additional information
            Completion
            Not started Limited Substantial Completed
             X
            Description of results
            The scheme is designed.
            Next steps
            Launch.
            Milestone activity with a verifiable deliverable Start Date End Date Completion
            Scheme launched - mid-2021 Not started
            Contact information
            Implementing agency Ministry of Justice
            Name of responsible person from implementing agency John Roe
            Title, Department Special Adviser
            Email and Phone john.roe@jm.example
            Other Actors Involved
            State actors involved
            CSOs, private sector, multilaterals, working groups Transparency International Denmark
            """;

    @Test
    void readsTheEnglishTemplate() throws ImportException {
        ImportDocument doc = new SelfAssessmentParser().parse(TEXT, "en.txt");
        assertThat(doc.source().language()).isEqualTo("en");
        assertThat(doc.source().kind()).isEqualTo("END_OF_TERM_SELF_ASSESSMENT");
        assertThat(doc.plan().slug()).isEqualTo("2019-2021");
        assertThat(doc.warnings()).isEmpty();
        assertThat(doc.commitments()).extracting(Commitment::number).containsExactly("1.1", "1.2");

        Commitment c = doc.commitments().get(0);
        assertThat(c.title()).isEqualTo("Open budget data");
        assertThat(c.period()).isEqualTo("1 January 2019 – 30 June 2021");
        assertThat(c.leadAgency()).isEqualTo("Ministry of Finance");
        assertThat(c.problem()).isEqualTo("Budget data is published as scanned reports that citizens cannot reuse."
                + "\n\nJournalists have asked for machine-readable data.");
        assertThat(c.description()).isEqualTo("The ministry publishes the state budget as open data:\n"
                + "• monthly figures per ministry\n• a yearly data dictionary");
        assertThat(c.contribution()).isEqualTo("Anyone can analyse the figures.");
        assertThat(c.relevance()).isEqualTo("It makes public spending transparent.");
        assertThat(c.additionalInformation()).isNull();
        assertThat(c.completion()).isEqualTo("COMPLETED");
        assertThat(c.results()).isEqualTo("The data portal publishes monthly figures since March 2020.");
        assertThat(c.nextSteps()).isEqualTo("None: the commitment is completed.");
        assertThat(c.milestones()).containsExactly(
                new Milestone("Data model agreed with the statistics office", "March 2019", "Q4 2019", "Completed",
                        new ImportDocument.Interval(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31)),
                        new ImportDocument.Interval(LocalDate.of(2019, 10, 1), LocalDate.of(2019, 12, 31))),
                new Milestone("Monthly publication", "January 2020", "December 2020", "Completed",
                        new ImportDocument.Interval(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31)),
                        new ImportDocument.Interval(LocalDate.of(2020, 12, 1), LocalDate.of(2020, 12, 31))));
        assertThat(c.contact()).isEqualTo(new ImportDocument.Contact("Ministry of Finance", "Jane Doe",
                "Head of Section, Budget Office", "jane.doe@fm.example", "+45 12 34 56 78"));
        assertThat(c.otherGovernmentActors()).isEqualTo("Statistics Denmark");
        assertThat(c.otherNonGovernmentActors()).isEqualTo("Open Knowledge Denmark");

        Commitment d = doc.commitments().get(1);
        assertThat(d.title()).isEqualTo("Whistle-blower scheme");
        assertThat(d.period()).isNull();
        assertThat(d.completion()).isEqualTo("LIMITED");
        assertThat(d.milestones()).extracting(Milestone::title, Milestone::start, Milestone::end, Milestone::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Scheme launched", "-", "mid-2021", "Not started"));
        assertThat(d.contact().phone()).isNull();
        assertThat(d.otherGovernmentActors()).isNull();
        assertThat(d.otherNonGovernmentActors()).isEqualTo("Transparency International Denmark");

        assertThat(doc.adjustments()).containsExactly(new ImportDocument.AdjustmentGroup("1.1",
                java.util.List.of("The end date of the second milestone moved from June 2020 to December 2020.")));
    }

    @Test
    void aPlanWithoutCompletionRowsIsAnActionPlan() throws ImportException {
        String plan = TEXT.replace("End-of-term self-assessment of the national action plan 2019-2021",
                        "Denmark's national action plan 2019-2021")
                .replace("Completion\nNot started Limited Substantial Completed\n   X\n", "")
                .replace("Completion\nNot started Limited Substantial Completed\n X\n", "")
                .replace(" Completion\n", "\n").replace(" Completed\n", "\n").replace(" Not started\n", "\n");
        ImportDocument doc = new SelfAssessmentParser().parse(plan, "plan.txt");
        assertThat(doc.source().kind()).isEqualTo("ACTION_PLAN");
        assertThat(doc.commitments()).allSatisfy(c -> assertThat(c.completion()).isNull());
        assertThat(doc.commitments().get(0).milestones()).extracting(Milestone::status).containsOnlyNulls();
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void anUnrelatedDocumentIsRefused() {
        String recipe = """
                Æblekage

                Ingredienser
                500 g æbler
                100 g sukker
                Ansvarlig for desserten: mormor

                Skræl æblerne og kog dem til mos. Læg lag af mos og rasp i en skål.
                """;
        assertThatThrownBy(() -> new SelfAssessmentParser().parse(recipe, "opskrift.txt"))
                .isInstanceOf(ImportException.class)
                .hasMessage("opskrift.txt is not an OGP action plan or self-assessment: no commitment laid out in "
                        + "the OGP template (a lead agency followed by the template's questions) was found.");
    }
}
