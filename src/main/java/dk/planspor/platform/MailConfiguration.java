package dk.planspor.platform;

import java.util.Properties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail sender, configured from {@code spring.mail.*} like Spring Boot's own, but always present: whether a
 * server is configured ({@code SPRING_MAIL_HOST}) is decided when a mail is sent ({@link Mail}), not by a bean
 * condition, so an ahead-of-time processed build (see {@code bench/startup.sh}) still sends mail when the host
 * is only set at run time. Boot's mail health check is off (application.yml): a mail outage must not mark the
 * platform as down, and without a host there is nothing to check.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

    @Bean
    JavaMailSenderImpl mailSender(MailProperties properties) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(properties.getHost());
        if (properties.getPort() != null) {
            sender.setPort(properties.getPort());
        }
        sender.setUsername(properties.getUsername());
        sender.setPassword(properties.getPassword());
        sender.setProtocol(properties.getProtocol());
        if (properties.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(properties.getDefaultEncoding().name());
        }
        Properties javaMail = new Properties();
        javaMail.putAll(properties.getProperties());
        if (properties.getSsl().isEnabled()) {
            javaMail.setProperty("mail." + properties.getProtocol() + ".ssl.enable", "true");
        }
        sender.setJavaMailProperties(javaMail);
        return sender;
    }
}
