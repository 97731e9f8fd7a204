/**
 * Reading aids for French text: written syllables and silent letters ({@link
 * fr.passerelle.accessibility.reading.FrenchSyllabifier}), for syllable colouring.
 */
package fr.passerelle.accessibility.reading;
