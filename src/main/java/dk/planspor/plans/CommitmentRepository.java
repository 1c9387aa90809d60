package dk.planspor.plans;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    /** Every commitment of a plan with its theme and lead agency, in one query. */
    @Query("""
            select c from Commitment c
              left join fetch c.theme
              left join fetch c.leadAgency
             where c.plan = :plan
             order by c.sortKey""")
    List<Commitment> findForPlan(Plan plan);

    /** Every commitment of these plans with its theme and lead agency, plan by plan, in one query. */
    @Query("""
            select c from Commitment c
              join fetch c.plan
              left join fetch c.theme
              left join fetch c.leadAgency
             where c.plan in :plans
             order by c.plan.id, c.sortKey""")
    List<Commitment> findForPlans(java.util.Collection<Plan> plans);

    @Query("select c.id from Commitment c where c.plan.slug = :slug and c.number = :number")
    Optional<Long> findIdByPlanSlugAndNumber(String slug, String number);

    /** One commitment with everything its page shows, milestones included, in one query. */
    @Query("""
            select distinct c from Commitment c
              join fetch c.plan p
              left join fetch c.theme
              left join fetch c.leadAgency
              left join fetch c.milestones
             where p.slug = :slug and c.number = :number""")
    Optional<Commitment> findFull(String slug, String number);

    /** For the commitments with these OGP IDs: OGP ID, id, plan slug and number (no entities: an import holds many). */
    @Query("select c.ogpId, c.id, p.slug, c.number from Commitment c join c.plan p where c.ogpId in :ids")
    List<Object[]> findKeysByOgpIdIn(java.util.Collection<String> ids);
}
