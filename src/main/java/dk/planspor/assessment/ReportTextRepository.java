package dk.planspor.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportTextRepository extends JpaRepository<ReportText, Long> {

    List<ReportText> findByPlanSlugAndKind(String planSlug, RoundKind kind);

    Optional<ReportText> findByPlanSlugAndKindAndKey(String planSlug, RoundKind kind, String key);
}
