package dk.planspor.identity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    List<SecurityEvent> findTop100ByOrderByOccurredAtDesc();

    List<SecurityEvent> findByUsernameOrderByOccurredAtAsc(String username);
}
