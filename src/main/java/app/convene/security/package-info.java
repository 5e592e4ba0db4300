/**
 * Identity, roles and authorization: persons signed in through Keycloak, their roles in each
 * initiative, the one {@link app.convene.security.Authorization} service that decides every action,
 * and the append-only audit log. Every feature module builds on it.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {"shared"})
package app.convene.security;

import org.springframework.modulith.ApplicationModule;
