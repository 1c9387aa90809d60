package dk.planspor.library;

import java.util.Optional;

/** Where the document bank keeps files. The default keeps them in PostgreSQL ({@code bytea}). */
public interface FileStorage {

    /** Stores the bytes and returns the file's id. */
    long store(byte[] bytes);

    Optional<byte[]> load(long id);
}
