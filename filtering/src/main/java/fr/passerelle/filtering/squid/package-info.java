/** The Squid helper and the command-line tool, for a proxy or a script, with no application. */
package fr.passerelle.filtering.squid;
