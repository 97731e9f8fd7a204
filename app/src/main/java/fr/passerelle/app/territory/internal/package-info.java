/**
 * Communes, schools, classes and declared needs as stored (entities, repositories, stores), and how
 * much of a class or a pupil the territory's own views show a caller.
 */
@NullMarked
package fr.passerelle.app.territory.internal;

import org.jspecify.annotations.NullMarked;
