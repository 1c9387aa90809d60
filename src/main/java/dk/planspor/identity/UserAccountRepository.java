package dk.planspor.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByOidcSubject(String subject);

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = dk.planspor.identity.Role.COORDINATOR")
    boolean existsCoordinator();

    List<UserAccount> findAllByOrderByUsername();

    @Query("select distinct u from UserAccount u join u.roles r where u.organisation.id = :organisationId "
            + "and r = dk.planspor.identity.Role.AGENCY_EDITOR and u.enabled = true order by u.username")
    List<UserAccount> editorsOf(Long organisationId);
}
