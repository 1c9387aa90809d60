package dk.planspor.identity;

import dk.planspor.platform.LocalizedText;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's facade for organisations. */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

    private final OrganisationRepository organisations;

    OrganisationDirectory(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public Optional<Organisation> bySlug(String slug) {
        return organisations.findBySlug(slug);
    }

    public List<Organisation> all() {
        return organisations.findAll(Sort.by("slug"));
    }

    /**
     * For an import of many rows: one lookup of every organisation, then {@code byName} finds or registers one by its
     * Danish name (ignoring case and spacing) without asking the database again.
     */
    @Transactional
    public java.util.function.Function<String, Organisation> registrar() {
        java.util.Map<String, Organisation> byName = new java.util.HashMap<>();
        java.util.Set<String> slugs = new java.util.HashSet<>();
        organisations.findAll().forEach(o -> {
            byName.putIfAbsent(normalise(o.name().da()), o);
            slugs.add(o.slug());
        });
        return name -> byName.computeIfAbsent(normalise(name), k -> {
            String slug = uniqueSlug(name, slugs::contains);
            slugs.add(slug);
            return organisations.save(new Organisation(slug, LocalizedText.of(name.strip(), null), OrganisationKind.AGENCY));
        });
    }

    /**
     * The organisation with this Danish name (ignoring case and spacing), registered as an agency when
     * it is not known yet, e.g. when an imported document names a new lead agency.
     */
    @Transactional
    public Organisation byNameOrRegister(String nameDa) {
        String wanted = normalise(nameDa);
        return organisations.findAll().stream()
                .filter(o -> normalise(o.name().da()).equals(wanted))
                .findFirst()
                .orElseGet(() -> organisations.save(new Organisation(uniqueSlug(nameDa), LocalizedText.of(nameDa.strip(), null),
                        OrganisationKind.AGENCY)));
    }

    private String uniqueSlug(String name) {
        return uniqueSlug(name, slug -> organisations.findBySlug(slug).isPresent());
    }

    private static String uniqueSlug(String name, java.util.function.Predicate<String> taken) {
        String base = slugOf(name);
        if (base.length() > 100) {
            // a long name (OGP's sheet lists several institutions in one cell) still fits the slug column
            base = base.substring(0, 100).replaceAll("-+$", "");
        }
        String slug = base;
        for (int i = 2; taken.test(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    /** Lowercase ASCII slug: æ → ae, ø → oe, å → aa, other characters to hyphens. */
    public static String slugOf(String name) {
        String s = name.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "organisation" : s;
    }

    private static String normalise(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** Registers the organisation, or updates its names when the slug is already known. */
    @Transactional
    public Organisation register(String slug, LocalizedText name, OrganisationKind kind) {
        return organisations.findBySlug(slug)
                .map(existing -> {
                    existing.rename(name);
                    return existing;
                })
                .orElseGet(() -> organisations.save(new Organisation(slug, name, kind)));
    }
}
