package dk.planspor.plans;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One of OGP's policy areas: a flag column of OGP's commitments data sheet (1 = the commitment is tagged with it).
 * The list is OGP's, bundled in {@code ogp/policy-areas.tsv} with its source; the label is the message
 * {@code policyArea.<code>}.
 *
 * @param column the area's column number in OGP's sheet (1-based)
 * @param code Planspor's stable code, used in URLs, the API and exports
 * @param sheetHeader the column header as OGP writes it
 */
public record PolicyArea(int column, String code, String sheetHeader) {

    static final String RESOURCE = "ogp/policy-areas.tsv";

    private static final Map<String, PolicyArea> BY_CODE = load();

    public String messageKey() {
        return "policyArea." + code;
    }

    /** OGP's policy areas in the sheet's order. */
    public static List<PolicyArea> all() {
        return List.copyOf(BY_CODE.values());
    }

    public static Optional<PolicyArea> byCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** The codes in OGP's order, unknown codes left out. */
    public static List<String> ordered(java.util.Collection<String> codes) {
        return BY_CODE.keySet().stream().filter(codes::contains).toList();
    }

    private static Map<String, PolicyArea> load() {
        Map<String, PolicyArea> areas = new LinkedHashMap<>();
        try (var in = PolicyArea.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                areas.put(parts[1], new PolicyArea(Integer.parseInt(parts[0]), parts[1], parts[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(areas);
    }

    static List<PolicyArea> list() {
        return new ArrayList<>(BY_CODE.values());
    }
}
