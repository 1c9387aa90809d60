package dk.planspor.consultation;

import dk.planspor.platform.DatabaseGauges;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Responses accepted (counted once committed, per node) and the receipt outbox's backlog (read from the database). */
@Component
class ConsultationMetrics {

    private final Counter accepted;

    ConsultationMetrics(MeterRegistry meters, JdbcClient jdbc) {
        this.accepted = Counter.builder("planspor.consultation.submissions")
                .description("Consultation responses accepted and committed on this node (a repeated submission not counted)")
                .register(meters);
        DatabaseGauges.count(meters, jdbc, "planspor.outbox.backlog", "Messages waiting in an outbox",
                "SELECT count(*) FROM consultation_receipt", "outbox", "receipts");
    }

    /** Counts a new response when the transaction storing it commits. */
    void acceptedOnCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            accepted.increment();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                accepted.increment();
            }
        });
    }
}
