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
