/**
 * Follows and notifications: registered users follow plans, commitments, consultations and the OGP network and get
 * mail (at once or as a daily digest) about adjustments, new consultations, published reports and meeting agendas;
 * owners get reminders about late milestones and milestones that end within 30 days. Every mail has a one-click
 * unsubscribe. Jobs run under a database lock. The facade is {@link dk.planspor.notifications.Notifications}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package dk.planspor.notifications;
