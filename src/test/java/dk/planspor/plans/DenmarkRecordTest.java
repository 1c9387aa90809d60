package dk.planspor.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Denmark's record as loaded on first start from the bundled seed data. */
@SpringBootTest
class DenmarkRecordTest {

    @Autowired
    PlanCatalog catalog;

    @Test
    void allFivePlansWithTheirPeriods() {
        assertThat(catalog.plans()).extracting(s -> s.plan().slug())
                .filteredOn(slug -> !slug.startsWith("9")) // fixture plans of other tests in this context
                .containsExactly("2023-2025", "2019-2022", "2017-2019", "2013-2014", "2012");
        Plan second = catalog.findPlan("2013-2014").orElseThrow();
        assertThat(second.periodTo()).as("extended to 1 July 2016").isEqualTo(LocalDate.of(2016, 7, 1));
        assertThat(catalog.overview("2013-2014").themes()).hasSize(5);
        assertThat(catalog.overview("2019-2022").themes()).hasSize(4);
    }

    @Test
    void plan2017to2019HasFourThemesAndFourteenCommitmentsWithLeadAgencies() {
        PlanCatalog.PlanOverview o = catalog.overview("2017-2019");
        assertThat(o.themes()).extracting(t -> t.title().da())
                .containsExactly("Flere og bedre åbne data", "Skræddersyede data skal sikre grundlag for borgerinddragelse",
                        "Sammen om en bedre offentlig sektor", "En global indsats for åbenhed");
        assertThat(o.sorted()).extracting(Commitment::number).containsExactly(
                "1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3");
        assertThat(o.commitments()).allSatisfy(c -> {
            assertThat(c.leadAgency()).as("lead agency of %s", c.number()).isNotNull();
            assertThat(c.title().da()).isNotBlank();
            assertThat(c.title().en()).isNotBlank();
            assertThat(c.theme()).isNotNull();
        });
        assertThat(o.commitmentsOf(o.themes().get(0))).hasSize(5);
        Commitment first = catalog.commitment("2017-2019", "1.1");
        assertThat(first.leadAgency().name().da()).isEqualTo("Rigsarkivet");
        assertThat(first.period().text()).isEqualTo("2017 – medio 2019");
        assertThat(first.period().to()).isEqualTo(LocalDate.of(2019, 8, 31));
    }

    @Test
    void plan2023to2025HasFiveInitiativesEachWithItsAgency() {
        PlanCatalog.PlanOverview o = catalog.overview("2023-2025");
        assertThat(o.themes()).hasSize(3);
        assertThat(o.commitments()).hasSize(5);
        List<String> agencies = o.sorted().stream().map(c -> c.leadAgency().name().da()).toList();
        assertThat(agencies).contains("Naturstyrelsen", "Region Syddanmark", "Digitaliseringsstyrelsen");
        assertThat(o.sorted()).extracting(c -> c.title().da())
                .anySatisfy(t -> assertThat(t).startsWith("Datavejviser"))
                .anySatisfy(t -> assertThat(t).startsWith("Brugerråd for statslige skove"));
    }

    @Test
    void currentPlanIsTheNewestWhenNoneRunsToday() {
        assertThat(catalog.currentPlan()).get().extracting(Plan::slug).isEqualTo("2023-2025");
    }
}
