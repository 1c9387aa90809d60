package dk.planspor.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRoundRepository extends JpaRepository<AssessmentRound, Long> {

    Optional<AssessmentRound> findByPlanSlugAndKind(String planSlug, RoundKind kind);

    List<AssessmentRound> findByPlanSlugOrderByKind(String planSlug);

    List<AssessmentRound> findByStateOrderByDeadline(AssessmentRound.State state);

    List<AssessmentRound> findAllByOrderByOpenedAtDesc();
}
