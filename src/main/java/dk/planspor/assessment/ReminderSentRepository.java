package dk.planspor.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderSentRepository extends JpaRepository<ReminderSent, Long> {

    boolean existsByRoundIdAndRecipientAndKind(long roundId, String recipient, String kind);

    long countByRoundId(long roundId);
}
