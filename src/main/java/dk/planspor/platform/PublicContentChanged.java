package dk.planspor.platform;

/**
 * Marker for events after which public pages and API answers may show something new. Every module's
 * change event implements it, so the {@link PublicPageCache} drops what it holds.
 */
public interface PublicContentChanged {
}
