package dk.planspor.plans;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IrmFindingRepository extends JpaRepository<IrmFinding, Long> {

    @Query("""
            select f from IrmFinding f join fetch f.report r
             where f.commitment = :commitment
             order by r.kind, r.publicationYear, r.name, f.indicator""")
    List<IrmFinding> findingsOf(Commitment commitment);

    @Query("""
            select f from IrmFinding f join fetch f.report r join fetch f.commitment c
             where r.plan = :plan""")
    List<IrmFinding> findingsOfPlan(Plan plan);

    @Query("select f from IrmFinding f where f.report = :report and f.commitment = :commitment and f.indicator = :indicator")
    Optional<IrmFinding> find(IrmReport report, Commitment commitment, IrmIndicator indicator);

    /** The codings of these commitments as plain rows: commitment id, indicator, value, report kind, report year. */
    @Query("select f.commitment.id, f.indicator, f.value, r.kind, r.publicationYear from IrmFinding f join f.report r where f.commitment.id in :ids")
    List<Object[]> codingsOfCommitments(java.util.Collection<Long> ids);

    @Query("select f from IrmFinding f join fetch f.report r join fetch f.commitment c where c.id in :ids")
    List<IrmFinding> findingsOfCommitments(java.util.Collection<Long> ids);
}
