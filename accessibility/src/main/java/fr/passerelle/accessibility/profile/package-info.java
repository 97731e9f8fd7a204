/**
 * The accessibility profile: themes, fonts, spacing, display, input and speech settings, and the
 * presets teachers start from. Other features read a person's profile as one object.
 */
package fr.passerelle.accessibility.profile;
