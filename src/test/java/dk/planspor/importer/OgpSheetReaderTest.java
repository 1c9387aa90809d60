package dk.planspor.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.planspor.plans.IrmIndicator;
import dk.planspor.plans.OgpSheetRow;
import dk.planspor.plans.OgpTemplate;
import dk.planspor.plans.OgpValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading OGP's real sheet (the 558-row sample) and bad rows in it, without a database. */
class OgpSheetReaderTest {

    static byte[] sample() throws IOException {
        try (InputStream in = OgpSheetReaderTest.class.getResourceAsStream("/ogp/ogp-commitments-open-parliaments.csv")) {
            return in.readAllBytes();
        }
    }

    @Test
    void takesOneMembersRowsOfTheRealSample() throws Exception {
        OgpSheetReader.Sheet dnk = OgpSheetReader.read(sample(), "sample.csv", "DNK");
        assertThat(dnk.rowsRead()).isEqualTo(558);
        assertThat(dnk.otherMembers()).isEqualTo(557);
        assertThat(dnk.members()).hasSize(75).contains("DNK", "IRL", "UKR");
        OgpSheetRow dk18 = dnk.rows().get(0);
        assertThat(dk18.ogpId()).isEqualTo("DK0018");
        assertThat(dk18.actionPlanId()).isEqualTo("AP_DNK01");
        assertThat(dk18.actionPlanNumber()).isEqualTo(1);
        assertThat(dk18.submissionYear()).isEqualTo(2012);
        assertThat(dk18.content().number()).isEqualTo("18");
        assertThat(dk18.content().title()).isEqualTo("Creating a mediation and complaints institution for responsible business behaviour");
        assertThat(dk18.content().leadAgency()).isEqualTo("Danish Business Agency");
        assertThat(dk18.content().period()).isEqualTo("April 2012 – April 2013");
        assertThat(dk18.content().description()).startsWith("The Danish government will propose legislation");
        assertThat(dk18.content().otherGovernmentActors()).isNull();
        assertThat(dk18.policyAreas()).containsExactly("legislation", "private-sector", "human-rights");
        assertThat(dk18.values()).containsExactly(OgpValue.PUBLIC_ACCOUNTABILITY);
        assertThat(dk18.findings()).containsEntry(IrmIndicator.SPECIFICITY, "High")
                .containsEntry(IrmIndicator.VERIFIABLE, "Yes").containsEntry(IrmIndicator.POTENTIAL_IMPACT, "Moderate")
                .containsEntry(IrmIndicator.COMPLETION_MIDTERM, "Complete")
                .containsEntry(IrmIndicator.COMPLETION_END, "ND").containsEntry(IrmIndicator.RELEVANT, "1").containsEntry(IrmIndicator.EARLY_RESULTS, "ND");
        assertThat(dk18.designReportYear()).isEqualTo(2014);

        OgpSheetReader.Sheet irl = OgpSheetReader.read(sample(), "sample.csv", "irl");
        assertThat(irl.rows()).extracting(OgpSheetRow::ogpId).contains("IE0012", "IE0045", "IE0058").hasSize(10);
        assertThat(OgpSheetReader.read(sample(), "sample.csv", "ALL").rows()).hasSizeGreaterThan(550);
    }

    @Test
    void everyBadRowIsAWarningNamingTheRowNeverACrash() throws Exception {
        String header = "Commitment Unique Identifier,Code,Commitment Number,Commitment Title,Start Date,End Date,"
                + "Verifiable,Open Data,OGP Value Civic Participation,Year Of Submission\n";
        String csv = header
                + "DK0901,DNK,1,Good row,1/1/2020,12/31/2021,Yes,1,1,2020\n"
                + ",DNK,2,No ID but a number,NA,NA,ND,0,0,2020\n"
                + ",DNK,,No ID and no number,NA,NA,ND,0,0,2020\n"
                + "DK0903,DNK,3,Unknown codes,NA,NA,Perhaps,7,maybe,2020\n"
                + "DK0904,DNK,4,Broken dates,13/45/2020,sometime soon,Yes,0,0,twenty\n"
                + "not-an-id,DNK,5,Bad ID,NA,NA,Yes,0,0,2020\n"
                + "DK0908,DNK,2.2999999999999998,Float number,NA,NA,Yes,0,0,2020\n"
                + "DK0909,DNK,Commitment one,Words for a number,NA,NA,Yes,0,0,2020\n";
        OgpSheetReader.Sheet sheet = OgpSheetReader.read(csv.getBytes(StandardCharsets.UTF_8), "bad.csv", "DNK");
        assertThat(sheet.rows()).extracting(OgpSheetRow::row).containsExactly(2, 3, 5, 6, 8);
        assertThat(sheet.rows().get(4).content().number()).isEqualTo("2.3");
        assertThat(sheet.rows().get(0).content().period()).isEqualTo("2020-01-01 – 2021-12-31");
        assertThat(sheet.rows().get(2).findings()).doesNotContainKey(IrmIndicator.VERIFIABLE);
        assertThat(sheet.rows().get(2).policyAreas()).isEmpty();
        assertThat(sheet.rows().get(3).content().period()).isNull();
        List<String> w = sheet.warnings();
        assertThat(w).anyMatch(s -> s.startsWith("row 3: no OGP commitment ID") && s.contains("matched by plan and commitment number"))
                .anyMatch(s -> s.startsWith("row 4: no OGP commitment ID") && s.contains("skipped"))
                .anyMatch(s -> s.startsWith("row 5 (DK0903): unknown code 'Perhaps' in column 'Verifiable'"))
                .anyMatch(s -> s.startsWith("row 5 (DK0903): unknown code '7' in column 'Open Data'"))
                .anyMatch(s -> s.startsWith("row 5 (DK0903): unknown code 'maybe' in column 'OGP Value Civic Participation'"))
                .anyMatch(s -> s.startsWith("row 6 (DK0904): the date '13/45/2020' in column 'Start Date' cannot be read"))
                .anyMatch(s -> s.startsWith("row 6 (DK0904): the date 'sometime soon' in column 'End Date' cannot be read"))
                .anyMatch(s -> s.startsWith("row 6 (DK0904): the year 'twenty'"))
                .anyMatch(s -> s.startsWith("row 7 (not-an-id): the OGP commitment ID 'not-an-id' is not an ID"))
                .anyMatch(s -> s.startsWith("row 9 (DK0909): the commitment number 'Commitment one' is not a number"));
    }

    @Test
    void aFileThatIsNotOgpsSheetIsRefusedWithAReason() {
        assertThatThrownBy(() -> OgpSheetReader.read("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "x.csv", "DNK"))
                .isInstanceOf(ImportException.class).hasMessageContaining("not OGP's commitments data sheet");
        assertThatThrownBy(() -> OgpSheetReader.read(new byte[] {'P', 'K', 3, 4, 0, 0}, "x.xlsx", "DNK"))
                .isInstanceOf(ImportException.class).hasMessageContaining("not a readable XLSX file");
    }

    @Test
    void splitsOgpsTemplateIntoItsFieldsAndKeepsOtherTextWhole() {
        String template = """
                Brief Description of the Commitment
                Publish the register as open data.

                Problem definition:
                The register is closed.
                What is the commitment?
                An open register.
                Why is this commitment relevant to OGP values?
                Access to information.
                Milestone activity with a verifiable deliverable | Start Date | End Date
                Draft the format | 2019-01-01 | 2019-06-30
                • Publish the data January 2020 – June 2020
                Evaluate
                """;
        OgpFullText.Split split = OgpFullText.split(template);
        assertThat(split.get(OgpTemplate.PROBLEM)).isEqualTo("The register is closed.");
        assertThat(split.get(OgpTemplate.DESCRIPTION)).isEqualTo("Publish the register as open data.\n\nAn open register.");
        assertThat(split.get(OgpTemplate.RELEVANCE)).isEqualTo("Access to information.");
        assertThat(split.milestones()).extracting(m -> m.title() + "|" + m.start() + "|" + m.end())
                .containsExactly("Draft the format|2019-01-01|2019-06-30", "Publish the data|January 2020|June 2020",
                        "Evaluate|null|null");
        String plain = "The Danish government will propose legislation.\nProblem: none stated here.";
        assertThat(OgpFullText.split(plain).fields()).containsOnlyKeys(OgpTemplate.DESCRIPTION)
                .containsEntry(OgpTemplate.DESCRIPTION, plain);
    }
}
