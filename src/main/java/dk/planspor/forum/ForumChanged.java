package dk.planspor.forum;

import dk.planspor.platform.PublicContentChanged;

/** Something public in the forum changed (a meeting, its agenda, minutes, a debate post): public pages refresh. */
public record ForumChanged(String subject) implements PublicContentChanged {
}
