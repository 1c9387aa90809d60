package dk.planspor.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Module listeners ({@code @ApplicationModuleListener}) run asynchronously, after the change is committed. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {
}
