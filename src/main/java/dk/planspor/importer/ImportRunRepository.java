package dk.planspor.importer;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportRunRepository extends JpaRepository<ImportRun, Long> {

    boolean existsBySha256(String sha256);

    java.util.List<ImportRun> findAllByOrderByImportedAtAsc();
}
