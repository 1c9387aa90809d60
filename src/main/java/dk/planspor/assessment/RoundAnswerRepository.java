package dk.planspor.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoundAnswerRepository extends JpaRepository<RoundAnswer, Long> {

    List<RoundAnswer> findByRoundId(long roundId);

    Optional<RoundAnswer> findByRoundIdAndCommitmentNumber(long roundId, String commitmentNumber);
}
