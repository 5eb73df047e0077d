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
#      ~/.m2), and the benchmark beside this script;
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

say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
fail() { printf 'chain-bench: %s\n' "$*" >&2; exit 1; }

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] \
  || fail "no PostgreSQL server under /usr/lib/postgresql: apt-get install postgresql"
PG_AS=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || fail "running as root but there is no postgres user"
  PG_AS=(runuser -u postgres --)
fi

say "Compiling evidence-domain (offline)..."
rm -f "$ROOT/evidence-domain/target/bench-classpath.txt"
(cd "$ROOT" && ./mvnw -B -q -o compile dependency:build-classpath -pl evidence-domain -am \
  -Dspotless.check.skip=true -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench-classpath.txt) \
  >"$OUT/build.log" 2>&1 || fail "the build or its classpath failed; see $OUT/build.log"
CP="$ROOT/evidence-domain/target/classes:$(cat "$ROOT/evidence-domain/target/bench-classpath.txt")"
mkdir -p "$OUT/classes"
javac -d "$OUT/classes" -cp "$CP" "$HERE/src/ChainWalkBenchmark.java" \
  || fail "the benchmark does not compile"

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=${BENCH_PG_PORT:-55700}
while port_in_use "$PORT"; do PORT=$((PORT + 1)); done
PGDIR=$(mktemp -d /tmp/chain-bench-pg.XXXXXX)
chmod 755 "$PGDIR"
[ ${#PG_AS[@]} -eq 0 ] || chown postgres "$PGDIR"
PG_STARTED=false
cleanup() {
  if $PG_STARTED; then
    cp "$PGDIR/postgres.log" "$OUT/postgres.log" 2>/dev/null || true
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PGDIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "Starting PostgreSQL $(basename "$(dirname "$PG_BIN")") on 127.0.0.1:$PORT (data in $PGDIR)"
"${PG_AS[@]}" "$PG_BIN/initdb" -D "$PGDIR/data" -U evidence --auth=trust -E UTF8 --locale=C.UTF-8 \
  >"$OUT/initdb.log" 2>&1 || fail "initdb failed; see $OUT/initdb.log"
# PostgreSQL's default settings (shared_buffers 128MB etc.), but fsync=off: it only speeds up
# loading the events; the walk only reads.
"${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/postgres.log" -w -t 60 \
  -o "-p $PORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
  || fail "PostgreSQL did not start; see $PGDIR/postgres.log"
PG_STARTED=true
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U evidence evidence
PSQL=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U evidence -d evidence)

say "Applying migrations..."
for f in $(ls "$ROOT"/database/src/main/resources/db/migration/V*__*.sql | sort -V); do
  "${PSQL[@]}" -f "$f" >>"$OUT/migrate.log" 2>&1 || fail "migration $(basename "$f") failed; see $OUT/migrate.log"
done

say "Generating $EVENTS events, then $ROUNDS rounds of the walk and the bare read..."
java -Xmx512m -cp "$OUT/classes:$CP" uk.council.evidence.audit.control.ChainWalkBenchmark \
  --url "jdbc:postgresql://127.0.0.1:$PORT/evidence" --psql "$PG_BIN/psql" --port "$PORT" \
  --events "$EVENTS" --rounds "$ROUNDS" | tee "$OUT/results.md"
say "Done: $OUT/results.md"
