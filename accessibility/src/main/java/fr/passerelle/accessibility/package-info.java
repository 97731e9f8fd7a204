/**
 * Accessibility building blocks shared by Passerelle's features: the live announcer and contrast
 * maths. Speech engines, reading aids and the accessibility profile model grow here.
 */
package fr.passerelle.accessibility;
