/**
 * The benchmark harness (run by {@code filtering/bench/run.sh}, never by the build): generated
 * UT1-sized lists and query stream, the engine measured alone, and any helper (Passerelle's or
 * squidGuard) driven through its stdin/stdout protocol.
 */
package fr.passerelle.filtering.bench;
