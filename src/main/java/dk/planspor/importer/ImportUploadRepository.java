package dk.planspor.importer;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportUploadRepository extends JpaRepository<ImportUpload, UUID> {
}
