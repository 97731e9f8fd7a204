/**
 * Web filtering without Spring and without a database: reading category lists in the UT1 layout,
 * compiling them into compact immutable tables, deciding allow or block for a request under a
 * policy, the Squid helper and the exports for DNS resolvers and squidGuard.
 */
package fr.passerelle.filtering;
