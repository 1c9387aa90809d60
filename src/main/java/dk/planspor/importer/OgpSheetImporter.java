package dk.planspor.importer;

import dk.planspor.plans.PlanCatalog;
import dk.planspor.plans.PlanCatalog.OgpSheetApplied;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports OGP's commitments data sheet (CSV or XLSX): the rows of one member (the platform's own by default) create
 * or update plans and commitments, each change an adjustment whose reason names the file. The command line
 * ({@code import FILE.csv [--member ISO3]}) and the coordinator's page both come here.
 */
@Service
public class OgpSheetImporter {

    private final PlanCatalog catalog;
    private final ImportUploadRepository uploads;
    private final Clock clock;
    private final String ownMember;

    OgpSheetImporter(PlanCatalog catalog, ImportUploadRepository uploads, Clock clock,
            @Value("${planspor.ogp.member}") String ownMember) {
        this.catalog = catalog;
        this.uploads = uploads;
        this.clock = clock;
        this.ownMember = ownMember;
    }

    /** What an import did (or, for a preview, would do), with every warning naming its row. */
    public record Outcome(String fileName, String member, int rowsRead, int memberRows, int otherMembers,
            int plansCreated, int created, int updated, int unchanged, int skipped, int changedFields,
            List<String> warnings, boolean applied) implements java.io.Serializable {

        /** One line: "DNK: 558 rows read, 12 of DNK: 1 plan created, …". */
        public String summary() {
            return (applied ? "imported " : "dry run, nothing written: ") + fileName + " (member " + member + "): "
                    + rowsRead + " rows read, " + memberRows + " taken; " + plansCreated + " plans created, " + created
                    + " commitments created, " + updated + " updated, " + unchanged + " unchanged, " + skipped
                    + " skipped; " + changedFields + " fields changed; " + warnings.size() + " warnings";
        }
    }

    /** The member an import takes when none is named. */
    public String ownMember() {
        return ownMember;
    }

    /** Imports the file; {@code member} null means the platform's own, {@code ALL} every member. */
    @Transactional(rollbackFor = ImportException.class)
    public Outcome load(byte[] bytes, String fileName, String member, String author) throws ImportException {
        return run(OgpSheetReader.Source.of(bytes), fileName, member, author, true);
    }

    /** What {@link #load} would do; nothing is written. */
    public Outcome preview(byte[] bytes, String fileName, String member, String author) throws ImportException {
        return run(OgpSheetReader.Source.of(bytes), fileName, member, author, false);
    }

    /** As {@link #load(byte[], String, String, String)}, read from the file as a stream (the command line). */
    @Transactional(rollbackFor = ImportException.class)
    public Outcome load(java.nio.file.Path file, String member, String author) throws ImportException {
        return run(OgpSheetReader.Source.of(file), file.getFileName().toString(), member, author, true);
    }

    /** What {@link #load(java.nio.file.Path, String, String)} would do; nothing is written. */
    public Outcome preview(java.nio.file.Path file, String member, String author) throws ImportException {
        return run(OgpSheetReader.Source.of(file), file.getFileName().toString(), member, author, false);
    }

    /** Keeps an uploaded sheet until the coordinator confirms it; returns its token and its preview. */
    @Transactional(rollbackFor = ImportException.class)
    public Pending upload(byte[] bytes, String fileName, String member, String uploadedBy) throws ImportException {
        Outcome preview = preview(bytes, fileName, member, uploadedBy);
        ImportUpload upload = uploads.save(new ImportUpload(fileName, bytes, uploadedBy, clock.instant(), memberOf(member)));
        return new Pending(upload.token(), preview);
    }

    /** The preview of an uploaded sheet waiting for confirmation. */
    public Optional<Pending> pending(UUID token, String author) throws ImportException {
        Optional<ImportUpload> upload = uploads.findById(token).filter(u -> u.ogpMember() != null);
        if (upload.isEmpty()) {
            return Optional.empty();
        }
        ImportUpload u = upload.get();
        return Optional.of(new Pending(token, preview(u.content(), u.fileName(), u.ogpMember(), author)));
    }

    /** Applies an uploaded sheet once; a second confirmation finds nothing (the upload is forgotten). */
    @Transactional(rollbackFor = ImportException.class)
    public Optional<Outcome> confirm(UUID token, String author) throws ImportException {
        Optional<ImportUpload> upload = uploads.findById(token).filter(u -> u.ogpMember() != null);
        if (upload.isEmpty()) {
            return Optional.empty();
        }
        ImportUpload u = upload.get();
        Outcome outcome = load(u.content(), u.fileName(), u.ogpMember(), author);
        uploads.delete(u);
        return Optional.of(outcome);
    }

    public record Pending(UUID token, Outcome preview) {
    }

    private Outcome run(OgpSheetReader.Source file, String fileName, String member, String author, boolean apply)
            throws ImportException {
        String wanted = memberOf(member);
        OgpSheetReader.Sheet sheet = OgpSheetReader.read(file, fileName, wanted);
        String checksum = sha256(file);
        String reason = "OGP commitments data sheet " + fileName + " (sha256 " + checksum.substring(0, 12) + ")";
        String source = fileName + " sha256:" + checksum;
        OgpSheetApplied applied = apply ? catalog.applyOgpSheet(sheet.rows(), reason, source, author)
                : catalog.previewOgpSheet(sheet.rows(), reason, source, author);
        List<String> warnings = new ArrayList<>(sheet.warnings());
        warnings.addAll(applied.warnings());
        if (sheet.rows().isEmpty() && !OgpSheetReader.ALL_MEMBERS.equals(wanted)) {
            warnings.add("the file has no rows of member " + wanted + " (its members: " + String.join(", ", sheet.members()) + ")");
        }
        return new Outcome(fileName, wanted, sheet.rowsRead(), sheet.rows().size(), sheet.otherMembers(),
                applied.plansCreated(), applied.created(), applied.updated(), applied.unchanged(),
                applied.skipped() + (sheet.rowsRead() - sheet.otherMembers() - sheet.rows().size()),
                applied.changedFields(), List.copyOf(warnings), apply);
    }

    private String memberOf(String member) {
        String m = member == null || member.isBlank() ? ownMember : member;
        return m.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static String sha256(OgpSheetReader.Source source) throws ImportException {
        try (java.io.InputStream in = source.open()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (java.io.IOException e) {
            throw new ImportException("the file cannot be read: " + e.getMessage(), e);
        }
    }
}
