package dk.planspor;

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
        SpringApplication.run(PlansporApplication.class, args);
    }
}
