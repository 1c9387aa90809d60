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

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager entities;

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

    @Autowired
    DenmarkRecordLoader loader;
    @Autowired
    CommitmentRepository commitments;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void plan2019to2022HasItsSevenCommitmentsWithOgpIds() {
        PlanCatalog.PlanOverview o = catalog.overview("2019-2022");
        assertThat(o.sorted()).extracting(Commitment::number).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(o.sorted()).extracting(Commitment::ogpId)
                .containsExactly("DK0064", "DK0065", "DK0066", "DK0067", "DK0068", "DK0069", "DK0070");
        assertThat(o.commitmentsOf(o.themes().get(0))).extracting(Commitment::number).containsExactly("1", "2", "3", "4");
        assertThat(o.commitmentsOf(o.themes().get(3))).extracting(Commitment::ogpId).containsExactly("DK0070");
        Commitment climateAtlas = catalog.commitment("2019-2022", "3");
        assertThat(climateAtlas.title().en()).isEqualTo("Climate Atlas");
        assertThat(climateAtlas.title().da()).as("no Danish title is public").isNull();
        assertThat(climateAtlas.leadAgency()).as("no lead agency is named").isNull();
        assertThat(catalog.commitment("2019-2022", "6").leadAgency().name().da()).isEqualTo("Ankestyrelsen");
        assertThat(catalog.commitment("2019-2022", "7").leadAgency().name().da()).isEqualTo("Justitsministeriet");
        assertThat(catalog.findPlan("2012").orElseThrow().ogpActionPlanId()).isEqualTo("AP_DNK01");
    }

    @Test
    @org.springframework.transaction.annotation.Transactional // rolled back: the other tests keep the record
    void anInstallationWithoutThe2019To2022CommitmentsGetsThemOnceAtStart() {
        jdbc.update("delete from commitment where plan_id = (select id from plan where slug = '2019-2022')");
        loader.load();
        entities.flush(); // ids come from a sequence: the rows reach the table (read here with SQL) at the flush
        assertThat(jdbc.queryForObject("select count(*) from commitment c join plan p on p.id = c.plan_id"
                + " where p.slug = '2019-2022' and c.ogp_id like 'DK00%'", Integer.class)).isEqualTo(7);
        loader.load();
        entities.flush();
        assertThat(jdbc.queryForObject("select count(*) from commitment c join plan p on p.id = c.plan_id"
                + " where p.slug = '2019-2022'", Integer.class)).as("a second start adds nothing").isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from commitment c join plan p on p.id = c.plan_id"
                + " where p.slug = '2017-2019'", Integer.class)).as("a plan with commitments is left alone").isEqualTo(14);
    }
}
