/**
 * Shared infrastructure every module may use: the embedded PostgreSQL, language handling for
 * {@code /{lang}/…} URLs, the page layout and error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.planspor.platform;
