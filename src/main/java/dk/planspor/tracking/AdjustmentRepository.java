package dk.planspor.tracking;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdjustmentRepository extends JpaRepository<Adjustment, Long> {

    @EntityGraph(attributePaths = "changes")
    List<Adjustment> findByPlanSlugOrderByRecordedAtAscIdAsc(String planSlug);

    @EntityGraph(attributePaths = "changes")
    List<Adjustment> findByPlanSlugAndCommitmentNumberOrderByRecordedAtDescIdDesc(String planSlug, String number);

    boolean existsByDedupeKey(String dedupeKey);
}
