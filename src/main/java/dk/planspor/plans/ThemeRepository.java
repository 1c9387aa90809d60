package dk.planspor.plans;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThemeRepository extends JpaRepository<Theme, Long> {

    List<Theme> findByPlanOrderByNumber(Plan plan);

    @org.springframework.data.jpa.repository.Query(
            "select t from Theme t join fetch t.plan where t.plan in :plans order by t.number")
    List<Theme> findForPlans(java.util.Collection<Plan> plans);
}
