/**
 * Adjustments (justeringer): every change to a commitment with its fields before and after, reason,
 * author and time, and the public history. Facade: {@link dk.planspor.tracking.AdjustmentLedger}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracking")
package dk.planspor.tracking;
