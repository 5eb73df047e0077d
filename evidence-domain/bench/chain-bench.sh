#!/usr/bin/env bash
# Benchmarks the audit chain's verification (ChainWalk, what AuditLog.verify runs for the annual
# review and the audit log page) over 1,000,000 generated events, side by side with the bare read of
# the same rows by psql.
#
#   evidence-domain/bench/chain-bench.sh [--events N] [--rounds N] [--out DIR] [--smoke]
#
# --smoke is the smallest run through every step (2,000 events, one round, output in
# target/bench-smoke/chain): ./bwv test runs it so the script cannot rot.
#
# What it does, on a fresh clone, with nothing but a JDK 17 and Debian's PostgreSQL:
#   1. compiles evidence-domain and what it needs from the reactor (offline, nothing installed in
#      ~/.m2), and the benchmark beside this script with the event generator it shares (GeneratedChain.java);
#   2. starts a private, throwaway PostgreSQL (trust auth, a free port, data under /tmp);
#   3. applies the Flyway migrations with psql, in version order;
#   4. runs ChainWalkBenchmark: generates an intact chain with the application's own hashing and
#      loads it with COPY; then, for --rounds rounds, the bare read (psql \copy of the same columns
#      in order to /dev/null) and ChainWalk.walk over one JDBC connection; prints each round, the
#      medians and their ratio;
#   5. stops PostgreSQL and removes its data.
#
# Results go to --out (default /tmp/chain-bench-<time>): results.md and the logs.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

EVENTS=1000000
ROUNDS=5
OUT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --events) EVENTS=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --smoke) EVENTS=2000; ROUNDS=1; OUT=$ROOT/target/bench-smoke/chain; shift ;;
    *) echo "chain-bench: unknown option $1" >&2; exit 2 ;;
  esac
done
OUT=${OUT:-/tmp/chain-bench-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

# shellcheck source=bench-lib.sh
. "$HERE/bench-lib.sh"

# shellcheck source=private-postgres.sh
. "$HERE/private-postgres.sh"
find_postgres
compile_benchmark "$HERE/src/ChainWalkBenchmark.java" "$HERE/src/GeneratedChain.java"
PG_STARTED=false
trap stop_postgres EXIT
trap 'exit 130' INT TERM
start_postgres "${BENCH_PG_PORT:-55700}" chain-bench
apply_migrations

say "Generating $EVENTS events, then $ROUNDS rounds of the walk and the bare read..."
java -Xmx512m -cp "$OUT/classes:$CP" uk.council.evidence.audit.control.ChainWalkBenchmark \
  --url "jdbc:postgresql://127.0.0.1:$PORT/evidence" --psql "$PG_BIN/psql" --port "$PORT" \
  --events "$EVENTS" --rounds "$ROUNDS" | tee "$OUT/results.md"
say "Done: $OUT/results.md"
