# Sourced by the benchmark scripts that run the server on a council's generated year
# (review-bench.sh, load-bench.sh). Needs HERE, OUT, say() and fail().

# shellcheck source=server-build.sh
. "$HERE/server-build.sh"
# shellcheck source=private-postgres.sh
. "$HERE/private-postgres.sh"

# Builds the WAR (server-build.sh) and the helpers that generate the year: sets TOOL
# (ReviewBenchTool: password hashes, audit events, replaying logged SQL) and SWEEP_TOOL
# (SweepBenchTool: Flyway's migrate, the held recordings' files).
build_council_war() {
  build_war "$HERE/src/ReviewBenchTool.java" "$HERE/src/GeneratedChain.java" "$HERE/src/SweepBenchTool.java"
  TOOL=(java -cp "$OUT/classes:$CP" uk.council.evidence.accreditation.bench.ReviewBenchTool)
  SWEEP_TOOL=(java -cp "$OUT/classes:$CP" uk.council.evidence.retention.bench.SweepBenchTool)
}

# Starts a private PostgreSQL with fsync on (rows commit as in service) on the first free port from
# $1, named after $2, and applies the schema with Flyway as the server would. Sets DB_URL, q() (one
# statement, unaligned) and WORK (a scratch folder); the EXIT trap stops the server (PAYARA_PID),
# the processes in SAMPLERS and PostgreSQL, and removes WORK.
start_council_db() {
  find_postgres
  PG_STARTED=false
  PAYARA_PID=""
  SAMPLERS=()
  WORK=$(mktemp -d "/tmp/$2.XXXXXX")
  trap stop_council EXIT
  trap 'exit 130' INT TERM
  start_postgres "$1" "$2" "-c fsync=on"
  DB_URL="jdbc:postgresql://127.0.0.1:$PORT/evidence"
  "${SWEEP_TOOL[@]}" migrate --url "$DB_URL" --user evidence >"$OUT/migrate.log" 2>&1 \
    || fail "migration failed; see $OUT/migrate.log"
}

q() { "${PSQL[@]}" -tAc "$1"; }

stop_council() {
  trap - EXIT INT TERM
  set +e
  local p
  for p in "${SAMPLERS[@]}"; do kill "$p" 2>/dev/null; done
  if [ -n "$PAYARA_PID" ] && kill -0 "$PAYARA_PID" 2>/dev/null; then
    kill -TERM "$PAYARA_PID"
    for _ in $(seq 1 30); do kill -0 "$PAYARA_PID" 2>/dev/null || break; sleep 1; done
    kill -KILL "$PAYARA_PID" 2>/dev/null
  fi
  stop_postgres
  rm -rf "$WORK"
}

# Generates this year up to today: $1 recordings over the year (library-data.sql), what retention
# left of them (review-data.sql: holds, deletion records, fixity results, training, cases and
# packages, the compliance officer's and the DPO's accounts with PASSWORD), $2 requests over $3
# days (request-data.sql; empty for the year so far) and $4 audit events in an intact chain; then a
# small file for each recording still held where the footage store keeps it, with the recording's
# hash and size set to the file's, so that the server's integrity check finds what it expects.
# Sets ANCHOR, YEAR, DAYS and PASSWORD_HASH.
generate_council_year() {
  local recordings=$1 requests=$2 request_days=$3 events=$4
  ANCHOR=$(date -u '+%Y-%m-%d %H:%M:%S+00')
  YEAR=$(date -u +%Y)
  DAYS=$(( ($(date -u -d "${ANCHOR%% *}" +%s) - $(date -u -d "$YEAR-01-01" +%s)) / 86400 ))
  # In January the year so far is shorter than the 31 days footage is kept: the recordings then go
  # back into last year, and the review counts this year's.
  [ "$DAYS" -ge 31 ] || DAYS=31
  PASSWORD_HASH=$("${TOOL[@]}" password-hash --password "$PASSWORD")
  say "Generating $recordings recordings over the $DAYS days up to today, then what retention left of them..."
  "${PSQL[@]}" -v rows="$recordings" -v days="$DAYS" -v anchor="$ANCHOR" -f "$HERE/library-data.sql" \
    >"$OUT/data.log" 2>&1 || fail "recording generation failed; see $OUT/data.log"
  "${PSQL[@]}" -v anchor="$ANCHOR" -v password_hash="$PASSWORD_HASH" \
    -f "$HERE/review-data.sql" >>"$OUT/data.log" 2>&1 || fail "review data generation failed; see $OUT/data.log"
  say "Generating $requests requests over ${request_days:-$DAYS} days and $events audit events..."
  "${PSQL[@]}" -v rows="$recordings" -v requests="$requests" -v days="${request_days:-$DAYS}" -v anchor="$ANCHOR" \
    -f "$HERE/request-data.sql" >>"$OUT/data.log" 2>&1 || fail "request generation failed; see $OUT/data.log"
  "${TOOL[@]}" audit --url "$DB_URL" --user evidence --events "$events" \
    --from "${YEAR}-01-01T00:00:00Z" --until "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >>"$OUT/data.log" 2>&1 \
    || fail "audit event generation failed; see $OUT/data.log"
  "${SWEEP_TOOL[@]}" files --root "$WORK/footage" --count "$(q "SELECT count(*) FROM recording")" \
    --csv "$WORK/files.csv" --paths "$WORK/files.list" >>"$OUT/data.log" 2>&1 \
    || fail "writing the held recordings' files failed; see $OUT/data.log"
  "${PSQL[@]}" -c "CREATE TABLE bench_file (id bigint, sha256 char(64), size_bytes bigint, has_thumbnail boolean)" \
    -c "\\copy bench_file FROM '$WORK/files.csv' WITH (FORMAT csv)" \
    -c "UPDATE recording r SET sha256 = f.sha256, size_bytes = f.size_bytes, has_thumbnail = f.has_thumbnail
          FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM recording) k JOIN bench_file f ON f.id = k.n
         WHERE r.id = k.id" -c "DROP TABLE bench_file" >>"$OUT/data.log" 2>&1 \
    || fail "matching the recordings to their files failed; see $OUT/data.log"
}

# Starts Payara Micro with the WAR at JAVA_OPTS on the first free port from $1, on the council's
# database and footage, with a throwaway signing key and the further environment in $2...; waits
# until it is ready. Sets HTTP_PORT, BASE and PAYARA_PID.
start_council_server() {
  local first_port=$1 started
  shift
  keytool -genkeypair -alias bwv-signing -keyalg RSA -keysize 3072 -sigalg SHA256withRSA \
    -dname "CN=Benchmark signing, O=Benchmark Borough Council, C=GB" -validity 30 \
    -storetype PKCS12 -keystore "$WORK/signing.p12" -storepass benchmark -keypass benchmark >/dev/null 2>&1 \
    || fail "keytool could not make a signing key"
  port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
  HTTP_PORT=$first_port
  while port_in_use "$HTTP_PORT"; do HTTP_PORT=$((HTTP_PORT + 1)); done
  BASE=http://127.0.0.1:$HTTP_PORT/evidence
  mkdir -p "$WORK/micro" "$WORK/footage"
  rm -f "$OUT/payara.log"
  say "Starting Payara Micro ($JAVA_OPTS) on port $HTTP_PORT..."
  # Unquoted on purpose: JAVA_OPTS holds several options.
  env EVIDENCE_DB_URL="$DB_URL" EVIDENCE_DB_USER=evidence EVIDENCE_DB_PASSWORD=evidence \
    EVIDENCE_STORAGE_ROOT="$WORK/footage" EVIDENCE_SERVER_ID=bench EVIDENCE_DEMO_ENABLED=false \
    EVIDENCE_SIGNING_KEYSTORE="$WORK/signing.p12" EVIDENCE_SIGNING_PASSWORD=benchmark "$@" \
    java $JAVA_OPTS -Xlog:gc:file="$OUT/gc.log":uptime \
    -jar "$MICRO" --nocluster --rootDir "$WORK/micro" --port "$HTTP_PORT" --deploy "$WAR" \
    >"$OUT/payara.log" 2>&1 &
  PAYARA_PID=$!
  started=$SECONDS
  until grep -q "Payara Micro .* ready in" "$OUT/payara.log" 2>/dev/null; do
    kill -0 "$PAYARA_PID" 2>/dev/null || { grep -E "SEVERE|Caused by" "$OUT/payara.log" | tail -n 8 >&2; fail "Payara Micro stopped; see $OUT/payara.log"; }
    [ $((SECONDS - started)) -lt 900 ] || fail "Payara Micro did not start in 15 minutes; see $OUT/payara.log"
    sleep 2
  done
  say "Payara Micro ready in $((SECONDS - started)) s (pid $PAYARA_PID)"
}
