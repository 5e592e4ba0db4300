/**
 * Shared kernel: base entity, embedded database, i18n, the page layout and common UI parts.
 * Open to every other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package app.convene.shared;

import org.springframework.modulith.ApplicationModule;
