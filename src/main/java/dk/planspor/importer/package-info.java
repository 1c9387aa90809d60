/**
 * Reads published action plans and self-assessments (PDF or text) into import documents, and loads
 * them into the platform through the plans module. Facade: {@link dk.planspor.importer.DocumentImporter}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Importer")
package dk.planspor.importer;
