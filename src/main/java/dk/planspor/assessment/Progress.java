package dk.planspor.assessment;

import java.time.Instant;

/** One commitment on the coordinator's round dashboard: missing, in progress (draft) or submitted. */
public record Progress(String number, Txt title, Txt leadAgency, Long leadAgencyId, Status status, String updatedBy, Instant updatedAt) {

    public enum Status { MISSING, IN_PROGRESS, SUBMITTED }
}
