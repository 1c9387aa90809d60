package dk.planspor.plans;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IrmRepository extends JpaRepository<IrmReport, Long> {

    @Query("select r from IrmReport r where r.plan = :plan order by r.kind, r.publicationYear, r.name")
    List<IrmReport> findForPlan(Plan plan);

    @Query("select r from IrmReport r where r.plan = :plan and r.kind = :kind and r.name = :name")
    Optional<IrmReport> find(Plan plan, IrmReportKind kind, String name);

    @Query("select count(r) > 0 from IrmReport r where r.plan = :plan")
    boolean anyForPlan(Plan plan);
}
