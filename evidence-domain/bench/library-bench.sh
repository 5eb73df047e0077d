#!/usr/bin/env bash
# Benchmarks the footage library's search (LibrarySql) against 1,000,000 generated recordings, and
# the request component's reads (the footage a request holds, the DPO's queue, the monthly counts)
# with 20,000 requests on top.
#
#   evidence-domain/bench/library-bench.sh [--rows N] [--requests N] [--iterations N] [--warmup N] [--rounds N]
#                                          [--concurrent N [--think-ms MS]] [--out DIR] [--keep]
#                                          [--extra-sql FILE] [--smoke]
#
# --smoke is the smallest run that still goes through every step (1,000 rows, 200 requests, one round of three
# iterations, two searching at once, output in target/bench-smoke/library): ./bwv test runs it so
# the script cannot rot.
# Options after it still apply.
#
# --concurrent N then runs the whole mix by N searchers at once, each on its own connection, with
# no pause between searches, and prints p50/p95 per search and over all (issue 19: 50 at once);
# with --think-ms MS, first a pass where each pauses MS on average between searches, as staff do.
#
# --extra-sql FILE runs FILE after the data is generated and before VACUUM ANALYZE: a way to
# measure a proposed index or migration (see proposals/) with everything else the same.
#
# What it does, on a fresh clone, with nothing but a JDK 17 and Debian's PostgreSQL:
#   1. compiles evidence-domain and what it needs from the reactor (offline, nothing installed in
#      ~/.m2), and the benchmark main beside this script;
#   2. starts a private, throwaway PostgreSQL (trust auth, a free port, data under /tmp) so it
#      never touches a developer's database or another benchmark's;
#   3. applies the Flyway migrations with psql, in version order, and generates the data with
#      library-data.sql (generate_series, deterministic), then VACUUM ANALYZE;
#   4. runs LibraryQueryBenchmark: every search of the mix, select then count, through plain
#      JDBC exactly as LibrarySql builds it, and then the same statements with the values written
#      in as literals through psql (\timing), for --rounds rounds; prints p50/p95/max per search
#      and the medians over the rounds;
#   5. saves EXPLAIN (ANALYZE, BUFFERS) of one instance of each search in the output directory;
#   6. stops PostgreSQL and removes its data (unless --keep).
#
# Results go to --out (default /tmp/library-bench-<time>): results.md, explain.txt, the logs.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

ROWS=1000000
REQUESTS=20000
ITERATIONS=200
WARMUP=50
ROUNDS=3
OUT=""
KEEP=false
EXTRA_SQL=""
CONCURRENT=0
THINK_MS=0
# The data's "now": fixed, so that the generated data, the searches' time windows and "due within"
# are the same on every run.
ANCHOR='2026-11-26 00:00:00+00'

while [ $# -gt 0 ]; do
  case "$1" in
    --rows) ROWS=$2; shift 2 ;;
    --iterations) ITERATIONS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --keep) KEEP=true; shift ;;
    --extra-sql) EXTRA_SQL=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
    --requests) REQUESTS=$2; shift 2 ;;
    --concurrent) CONCURRENT=$2; shift 2 ;;
    --think-ms) THINK_MS=$2; shift 2 ;;
    --smoke) ROWS=1000; REQUESTS=200; ITERATIONS=3; WARMUP=1; ROUNDS=1; CONCURRENT=2; THINK_MS=5; OUT=$ROOT/target/bench-smoke/library; shift ;;
    *) echo "library-bench: unknown option $1" >&2; exit 2 ;;
  esac
done
OUT=${OUT:-/tmp/library-bench-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

# shellcheck source=bench-lib.sh
. "$HERE/bench-lib.sh"

# --- Build, then a private PostgreSQL with the schema (private-postgres.sh): compile only, so the
# shared ~/.m2 is left exactly as it was; data, socket and port its own. ---
# shellcheck source=private-postgres.sh
. "$HERE/private-postgres.sh"
find_postgres
compile_benchmark "$HERE/src/LibraryQueryBenchmark.java"
PG_STARTED=false
trap 'stop_postgres "$KEEP"' EXIT
trap 'exit 130' INT TERM
start_postgres "${BENCH_PG_PORT:-55500}" library-bench
apply_migrations

# --- Data. VACUUM sets the visibility map, as autovacuum would on a real, settled table. ---
say "Generating $ROWS recordings..."
start=$(date +%s)
"${PSQL[@]}" -v rows="$ROWS" -v days=730 -v anchor="$ANCHOR" -f "$HERE/library-data.sql" >"$OUT/data.log" 2>&1 \
  || fail "data generation failed; see $OUT/data.log"
say "Generating $REQUESTS requests..."
"${PSQL[@]}" -v rows="$ROWS" -v requests="$REQUESTS" -v days=730 -v anchor="$ANCHOR" -f "$HERE/request-data.sql" \
  >>"$OUT/data.log" 2>&1 || fail "request data generation failed; see $OUT/data.log"
if [ -n "$EXTRA_SQL" ]; then
  say "Applying $EXTRA_SQL..."
  "${PSQL[@]}" -f "$EXTRA_SQL" >>"$OUT/data.log" 2>&1 || fail "$EXTRA_SQL failed; see $OUT/data.log"
fi
"${PSQL[@]}" -c 'VACUUM (ANALYZE) recording' -c 'ANALYZE' >>"$OUT/data.log" 2>&1
say "Data ready in $(( $(date +%s) - start )) s: $("${PSQL[@]}" -tAc \
  "SELECT count(*) || ' recordings, ' || pg_size_pretty(pg_total_relation_size('recording')) || ' with indexes' FROM recording")"

# --- The benchmark: JDBC (the library's own statements) and psql (the same SQL, bare). ---
say "Running the searches: $ROUNDS rounds x $ITERATIONS iterations (after $WARMUP warm-up) each..."
java -cp "$OUT/classes:$CP" uk.council.evidence.footage.control.LibraryQueryBenchmark \
  --url "jdbc:postgresql://127.0.0.1:$PORT/evidence" --user evidence \
  --psql "$PG_BIN/psql" --port "$PORT" \
  --iterations "$ITERATIONS" --warmup "$WARMUP" --rounds "$ROUNDS" --out "$OUT" \
  --concurrent "$CONCURRENT" --think-ms "$THINK_MS" | tee "$OUT/results.md"

say "EXPLAIN (ANALYZE, BUFFERS) of one instance of each search..."
"${PSQL[@]}" -f "$OUT/explain.sql" >"$OUT/explain.txt" 2>&1 || fail "EXPLAIN failed; see $OUT/explain.txt"

cp "$PGDIR/postgres.log" "$OUT/postgres.log" 2>/dev/null || true
if $KEEP; then
  say "PostgreSQL left running on port $PORT (data in $PGDIR); stop it with:"
  say "  ${PG_AS[*]} $PG_BIN/pg_ctl -D $PGDIR/data stop"
fi
say "Done: $OUT/results.md, $OUT/explain.txt"
