package dk.planspor;

import dk.planspor.importer.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Planspor: runs a government's Open Government Partnership action-plan cycle.
 *
 * <p>One Spring Boot application made of Spring Modulith modules, one per capability
 * ({@code plans}, {@code identity}, …) plus the shared {@code platform} infrastructure.
 */
@Modulithic(systemName = "Planspor", sharedModules = "platform")
@SpringBootApplication
public class PlansporApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "import".equals(args[0])) {
            // java -jar planspor.jar import FILE [--dry-run] [--json]: never starts the web server
            System.exit(ImportCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err,
                    PlansporApplication.class));
        }
        if (args.length > 0 && ("backup".equals(args[0]) || "restore".equals(args[0]))) {
            // java -jar planspor.jar backup FILE | restore FILE: never starts the web server
            System.exit(dk.planspor.platform.BackupCommand.run(args[0], java.util.Arrays.copyOfRange(args, 1, args.length),
                    System.out, System.err, PlansporApplication.class));
        }
        SpringApplication.run(PlansporApplication.class, args);
    }
}
