package dk.planspor.platform;

/**
 * Something a node keeps in memory that a change on any node can make stale. {@link ClusterInvalidation} calls
 * {@link #evictAll()} after every committed {@link PublicContentChanged}, on this node right after the commit and on
 * every other node when PostgreSQL delivers the notification; and it tells the cache when this node cannot hear the
 * other nodes (it must then neither serve nor keep anything that another node's change could have made stale).
 */
public interface LocalCache {

    /** Forget everything: a change was committed somewhere. */
    void evictAll();

    /**
     * Whether this node hears the other nodes' changes. On a change of state the cache is emptied as well: a
     * notification may have been missed while the node was away.
     */
    default void listening(boolean listening) {
        evictAll();
    }
}
