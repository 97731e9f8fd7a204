/** The role homes' views; routes, titles and the order of their sections are the homes' own. */
@NullMarked
package fr.passerelle.app.homes.ui;

import org.jspecify.annotations.NullMarked;
