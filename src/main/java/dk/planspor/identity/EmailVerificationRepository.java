package dk.planspor.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmailVerificationRepository extends JpaRepository<EmailVerification, Long> {

    Optional<EmailVerification> findByTokenHash(String tokenHash);
}
