package dk.planspor.consultation;

import dk.planspor.platform.PublicWrites;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens the public submission endpoints to anonymous senders; the JSON API takes no CSRF token. */
@Configuration(proxyBeanMethods = false)
class ConsultationConfiguration {

    static final String FORM = "/{lang:da|en}/consultations/{slug}/respond";
    static final String DELETE = "/{lang:da|en}/consultations/delete";
    static final String API = "/api/v1/consultations/{slug}/responses";

    @Bean
    PublicWrites consultationWrites() {
        return new PublicWrites() {
            @Override
            public List<String> anonymousPosts() {
                return List.of("/{lang}/consultations/{slug}/respond", "/{lang}/consultations/delete", API);
            }

            @Override
            public List<String> csrfExempt() {
                return List.of(API);
            }
        };
    }
}
