package dk.planspor.plans;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<Plan, Long> {

    Optional<Plan> findBySlug(String slug);

    List<Plan> findAllByOrderByPeriodFromDesc();

    /** Commitment count per plan id, in one query (no N+1 on the plans list). */
    @Query("select c.plan.id, count(c) from Commitment c group by c.plan.id")
    List<Object[]> countCommitmentsPerPlan();
}
