/**
 * Organisations (agencies, municipalities, CSOs) and, later, users, roles and login.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package dk.planspor.identity;
