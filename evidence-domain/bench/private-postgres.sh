# Sourced by the benchmark scripts that run against a throwaway PostgreSQL (library-bench.sh,
# chain-bench.sh, review-bench.sh; sweep-bench.sh finds the binaries here and starts its own
# cluster): compile evidence-domain for the benchmark, start a private cluster, apply the
# migrations with psql (review-bench.sh's server wants Flyway's history and applies them with
# Flyway instead). Each function reports a failure with fail(), which the script
# defines, and leaves its logs in $OUT.

# Debian's PostgreSQL server binaries into PG_BIN; as root the server runs as the postgres user
# (it refuses root), through PG_AS.
find_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] \
    || fail "no PostgreSQL server under /usr/lib/postgresql: apt-get install postgresql"
  PG_AS=()
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || fail "running as root but there is no postgres user"
    PG_AS=(runuser -u postgres --)
  fi
}

# Compiles evidence-domain and what it needs (offline, no install: the shared ~/.m2 is left as it
# was; the project's own modules resolve to their target/ directories, as on a fresh clone), then
# the benchmark sources named in the arguments into $OUT/classes. Sets CP to the runtime classpath.
compile_benchmark() {
  say "Compiling evidence-domain (offline)..."
  rm -f "$ROOT/evidence-domain/target/bench-classpath.txt"
  (cd "$ROOT" && ./mvnw -B -q -o compile dependency:build-classpath -pl evidence-domain -am \
    -Dspotless.check.skip=true -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench-classpath.txt) \
    >"$OUT/build.log" 2>&1 || fail "the build or its classpath failed; see $OUT/build.log"
  [ -s "$ROOT/evidence-domain/target/bench-classpath.txt" ] \
    || fail "the build wrote no classpath for evidence-domain; see $OUT/build.log"
  CP="$ROOT/evidence-domain/target/classes:$(cat "$ROOT/evidence-domain/target/bench-classpath.txt")"
  mkdir -p "$OUT/classes"
  javac -d "$OUT/classes" -cp "$CP" "$@" || fail "the benchmark does not compile"
}

# Starts a private cluster on the first free port from $1 (data in a new directory under /tmp
# named after $2), with PostgreSQL's default settings except fsync=off, which only speeds up
# loading the data, and then any server options in $3 (later -c settings win); creates the
# database "evidence" owned by "evidence" (trust auth). Sets PORT, PGDIR and PSQL, and
# PG_STARTED=true. The caller's EXIT trap stops it with stop_postgres.
start_postgres() {
  port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
  PORT=$1
  while port_in_use "$PORT"; do PORT=$((PORT + 1)); done
  PGDIR=$(mktemp -d "/tmp/$2-pg.XXXXXX")
  chmod 755 "$PGDIR"
  [ ${#PG_AS[@]} -eq 0 ] || chown postgres "$PGDIR"
  say "Starting PostgreSQL $(basename "$(dirname "$PG_BIN")") on 127.0.0.1:$PORT (data in $PGDIR)"
  "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PGDIR/data" -U evidence --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$OUT/initdb.log" 2>&1 || fail "initdb failed; see $OUT/initdb.log"
  # Up to three ports: on a busy machine a free-looking port can be taken for a moment. The log of
  # each failed start is kept in $OUT.
  local try
  for try in 1 2 3; do
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/postgres.log" -w -t 60 \
      -o "-p $PORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off ${3:-}" start >/dev/null && break
    cp "$PGDIR/postgres.log" "$OUT/postgres-not-started-$try.log" 2>/dev/null
    rm -f "$PGDIR/postgres.log"
    [ "$try" -lt 3 ] || fail "PostgreSQL did not start; see $OUT/postgres-not-started-*.log"
    PORT=$((PORT + 1))
    while port_in_use "$PORT"; do PORT=$((PORT + 1)); done
    say "PostgreSQL did not start; trying port $PORT"
  done
  PG_STARTED=true
  "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U evidence evidence
  PSQL=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U evidence -d evidence)
}

# Applies the migrations to the private cluster's database with psql, in version order (no Flyway
# history: for benchmarks that read through the domain's SQL, not a server that migrates).
apply_migrations() {
  # The migrations are plain SQL; V3 creates btree_gist, which the owner may.
  say "Applying migrations..."
  local f
  for f in $(ls "$ROOT"/database/src/main/resources/db/migration/V*__*.sql | sort -V); do
    "${PSQL[@]}" -f "$f" >>"$OUT/migrate.log" 2>&1 || fail "migration $(basename "$f") failed; see $OUT/migrate.log"
  done
}

# Stops the private cluster (if it started) and, unless $1 is true (keep), removes its data.
stop_postgres() {
  if ${PG_STARTED:-false}; then
    cp "$PGDIR/postgres.log" "$OUT/postgres.log" 2>/dev/null || true
    if [ "${1:-false}" != true ]; then
      "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
  fi
  if [ "${1:-false}" != true ] && [ -n "${PGDIR:-}" ]; then rm -rf "$PGDIR"; fi
}
