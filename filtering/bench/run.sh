#!/bin/sh
# Web filtering benchmark: Passerelle's engine and Squid helper against squidGuard, same lists, same
# queries, one core each (taskset -c 0). Not part of the build. Generated data goes to $BENCH_DIR
# (default /tmp/passerelle-filtering-bench), never into the repository.
#
#   filtering/bench/run.sh [DOMAINS URLS QUERIES]        (defaults: 4500000 100000 1000000)
#
# The helpers run on core 0, the driver on core 1.
# Needs: a JDK (JAVA_HOME), squidGuard (Debian package squidguard) for the comparison, taskset.
set -eu
cd "$(dirname "$0")/../.."
DOMAINS=${1:-4500000}
URLS=${2:-100000}
QUERIES=${3:-1000000}
LATENCY=${LATENCY:-20000}
OUT=${BENCH_DIR:-/tmp/passerelle-filtering-bench}
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CORE="taskset -c 0"

./mvnw -B -q -o -pl filtering package -DskipTests
JAR=$(ls filtering/target/passerelle-filtering-*.jar | head -1)
export PASSERELLE_FILTERING_CP="$JAR"

echo "== machine"
uname -srm
grep -m1 'model name' /proc/cpuinfo
nproc
free -m | head -2
uptime
"$JAVA" -version 2>&1 | head -1
squidGuard -v 2>&1 | head -1 || true

rm -rf "$OUT"
mkdir -p "$OUT"
echo "== generating lists and queries in $OUT"
$CORE "$JAVA" -cp "$JAR" fr.passerelle.filtering.bench.Generate "$OUT" "$DOMAINS" "$URLS" "$QUERIES"
CATEGORIES=$(ls "$OUT/blacklists" | paste -sd, -)

echo "== Passerelle engine alone (one thread, core 0)"
$CORE "$JAVA" -XX:+UseSerialGC -Xmx600m -cp "$JAR" fr.passerelle.filtering.bench.EngineBench \
  "$OUT/blacklists" "$OUT/queries.txt" "$OUT/lists.snapshot"

echo "== Passerelle compile with the command-line tool (wall clock, process included)"
/usr/bin/time -f "compile: %e s wall, peak RSS %M kB" $CORE filtering/bin/passerelle-filtering compile \
  --lists "$OUT/blacklists" --out "$OUT/lists.snapshot" --expected-domains 5000000

echo "== squidGuard database build (same lists, exported by Passerelle)"
filtering/bin/passerelle-filtering export --snapshot "$OUT/lists.snapshot" --format squidguard \
  --categories "$CATEGORIES" --out "$OUT/squidguard" --redirect "http://passerelle.invalid/filtrage/bloque"
/usr/bin/time -f "squidGuard -C all: %e s wall, peak RSS %M kB" $CORE squidGuard -c "$OUT/squidguard/squidGuard.conf" -C all

echo "== Squid helpers through their pipes (URL-rewrite protocol, one core each)"
taskset -c 1 "$JAVA" -Xmx256m -cp "$JAR" fr.passerelle.filtering.bench.PipeBench "$OUT/queries.txt" "$LATENCY" -- $CORE \
  filtering/bin/passerelle-squid-helper --mode rewrite --snapshot "$OUT/lists.snapshot" \
  --block "$CATEGORIES" --reload-seconds 0
taskset -c 1 "$JAVA" -Xmx256m -cp "$JAR" fr.passerelle.filtering.bench.PipeBench "$OUT/queries.txt" "$LATENCY" -- $CORE \
  squidGuard -c "$OUT/squidguard/squidGuard.conf"
uptime
