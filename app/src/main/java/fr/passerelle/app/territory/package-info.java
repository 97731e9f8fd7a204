/**
 * The territory: communes, schools, classes, who teaches and who is enrolled where, and the
 * declared needs of pupils. Owns the scope rules: what each caller may see of it.
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {"audit", "identity", "platform", "shell", "speech :: ui", "support"})
package fr.passerelle.app.territory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
