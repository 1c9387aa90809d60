package dk.planspor.library;

import dk.planspor.platform.PublicContentChanged;

/** A document, news post or recommendation was added or changed: public pages refresh. */
public record LibraryChanged(String subject) implements PublicContentChanged {
}
