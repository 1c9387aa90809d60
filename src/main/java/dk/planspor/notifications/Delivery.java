package dk.planspor.notifications;

/** How a subscriber gets notifications: one mail each, soon after the change, or one digest a day. */
public enum Delivery {
    IMMEDIATE, DAILY
}
