#!/usr/bin/env bash
# Load-tests the portal as a council uses it: signed-in staff of every role browsing the library,
# recordings, cases and the request queue (Gatling's Java DSL, load/ beside this script) while
# docks upload footage, against a council's data (the year generated as for review-bench.sh).
# Goal (issue 19): p95 at most 300 ms per page on 2 cores, no errors, no upload lost, over a
# 10-minute run; the results as a table and a plot of latency over time. With --soak, the same
# with the deletion sweep and the integrity (fixity) check running: heap and database connections
# flat, no SEVERE line in the server's log.
#
#   evidence-domain/bench/load-bench.sh [--recordings N] [--requests N] [--users N] [--seconds N]
#                                       [--docks N] [--dock-mib N] [--dock-rate R] [--soak]
#                                       [--java-opts "..."] [--out DIR] [--smoke]
#
# Defaults: 400,000 recordings made over the year (about 50,000 still held), 2,000 requests, 50
# staff browsing for 600 s, 5 docks each uploading 64 MiB recordings one after another at up to
# 8 MB/s each (a depot's share of the council's network; --dock-rate 0 is unlimited), the server
# at -Xmx512m. --soak also makes 20,000 recordings fall due over the run, sweeps every minute and
# checks the integrity of every held file at 50 MB/s from the start.
# --smoke is the smallest run through every step (2,000 recordings, 4 staff for 20 s, one dock of
# 4 MiB, output in target/bench-smoke/load): ./bwv test runs it so the script cannot rot.
#
# What it does, on a fresh clone, with a JDK 17, Debian's PostgreSQL, curl, ffmpeg and openssl:
#   1. builds the WAR and the helpers (offline), and the load test (Maven fetches Gatling the
#      first time);
#   2. starts a private PostgreSQL (fsync on) and generates the council's year as review-bench.sh
#      does, every account with one password; a small file for each recording still held; the
#      docks' credentials;
#   3. starts Payara Micro with the WAR; samples its heap (jstat) and the database's connections
#      every 5 s;
#   4. runs the load test, and meanwhile the docks: each uploads a fresh recording (a real MP4,
#      unique bytes, its SHA-256 sent) as soon as the last is answered, until the browsing ends;
#   5. checks every upload: each answered 201 is one recording with its SHA-256, none missing,
#      none twice; counts the server log's SEVERE lines;
#   6. writes results.md (the table of pages, the uploads, heap and connections) and latency.svg
#      (latency over time), and keeps Gatling's own report.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

RECORDINGS=400000
REQUESTS=2000
USERS=50
RUN_SECONDS=600
DOCKS=5
DOCK_MIB=64
DOCK_RATE=8M
SOAK=false
DUE_DURING=20000
JAVA_OPTS="-Xmx512m"
OUT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --recordings) RECORDINGS=$2; shift 2 ;;
    --requests) REQUESTS=$2; shift 2 ;;
    --users) USERS=$2; shift 2 ;;
    --seconds) RUN_SECONDS=$2; shift 2 ;;
    --docks) DOCKS=$2; shift 2 ;;
    --dock-mib) DOCK_MIB=$2; shift 2 ;;
    --dock-rate) DOCK_RATE=$2; shift 2 ;;
    --soak) SOAK=true; shift ;;
    --java-opts) JAVA_OPTS=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --smoke) RECORDINGS=2000; REQUESTS=40; USERS=4; RUN_SECONDS=20; DOCKS=1; DOCK_MIB=4; DUE_DURING=50
      OUT=$ROOT/target/bench-smoke/load; shift ;;
    *) echo "load-bench: unknown option $1" >&2; exit 2 ;;
  esac
done
OUT=${OUT:-/tmp/load-bench-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
RESULTS=$OUT/results.md
: >"$RESULTS"
# What an earlier run into the same folder left would be taken for this run's.
rm -rf "$OUT/payara.log" "$OUT"/dock-*.txt "$OUT"/dock-*.log "$OUT/latencies.tsv" "$OUT/gatling" \
  "$OUT/jstat.txt" "$OUT/connections.txt" "$OUT/latency.svg"

# shellcheck source=bench-lib.sh
. "$HERE/bench-lib.sh"
for tool in java javac jstat keytool curl ffmpeg openssl awk; do
  command -v "$tool" >/dev/null || fail "needs $tool on PATH"
done

# --- 1. Build: the WAR and the helpers, then the load test. ---
# shellcheck source=council-server.sh
. "$HERE/council-server.sh"
build_council_war
say "Building the load test (Gatling; fetched from Maven Central the first time)..."
(cd "$ROOT" && ./mvnw -B -q -f "$HERE/load/pom.xml" test-compile) >"$OUT/load-build.log" 2>&1 \
  || fail "the load test does not build; see $OUT/load-build.log"

# --- 2. A private PostgreSQL and the council's year. ---
DOCK_PIDS=()
start_council_db "${BENCH_PG_PORT:-55780}" load-bench
# The docks go too when the script ends, whichever way.
trap 'for p in "${DOCK_PIDS[@]}"; do kill "$p" 2>/dev/null; done; stop_council' EXIT
PASSWORD="load-bench-$(date +%s)"
started=$SECONDS
generate_council_year "$RECORDINGS" "$REQUESTS" "" "$((RECORDINGS / 4))"
# Every account signs in with the run's password.
q "UPDATE staff_member SET password_hash = '$PASSWORD_HASH'" >/dev/null
if [ "$SOAK" = true ]; then
  # Recordings falling due one after another over the run, so that the sweep has work throughout.
  q "UPDATE recording SET deletion_due_at = now() + (random() * interval '$RUN_SECONDS seconds')
      WHERE id IN (SELECT r.id FROM recording r WHERE coalesce(r.held_until, '-infinity') < now() AND NOT EXISTS (SELECT 1 FROM recording_hold h
                   WHERE h.recording_id = r.id) ORDER BY r.id LIMIT $DUE_DURING)" >/dev/null
fi
DOCK_NAMES=()
DOCK_SECRETS=()
sql=""
for i in $(seq 1 "$DOCKS"); do
  secret=$(openssl rand -hex 32)
  DOCK_NAMES+=("load-dock-$i")
  DOCK_SECRETS+=("$secret")
  sql+="INSERT INTO dock (name, site, credential_sha256, credential_issued_at, created_at)
        VALUES ('load-dock-$i', 'Load test depot', '$(printf '%s' "$secret" | sha256sum | cut -c1-64)', now(), now());"
done
q "$sql" >/dev/null
"${PSQL[@]}" -c 'VACUUM (ANALYZE)' -c 'CHECKPOINT' >/dev/null
read -r held holds requests cases < <(q "SELECT (SELECT count(*) FROM recording), (SELECT count(*) FROM recording_hold),
  (SELECT count(*) FROM footage_request), (SELECT count(*) FROM evidence_case)" | tr '|' ' ')
say "Generated in $((SECONDS - started)) s: $held recordings held ($holds holds), $requests requests, $cases cases"

# --- 3. The server. ---
if [ "$SOAK" = true ]; then
  start_council_server "${BENCH_HTTP_PORT:-18580}" EVIDENCE_RETENTION_SWEEP_EVERY_MINUTES=1
else
  # Without --soak the sweep and the integrity check stay out of the way, as at a quiet hour.
  start_council_server "${BENCH_HTTP_PORT:-18580}" EVIDENCE_FIXITY_BYTES_PER_SECOND=1024
fi
SEVERE_BEFORE=$(grep -c "SEVERE" "$OUT/payara.log" || true)
jstat -gc -t "$PAYARA_PID" 5000 >"$OUT/jstat.txt" 2>"$OUT/jstat.err" &
SAMPLERS+=($!)
( while :; do
    printf '%s %s\n' "$(date +%s)" "$(q "SELECT count(*) FROM pg_stat_activity WHERE datname = 'evidence' AND backend_type = 'client backend'" 2>/dev/null || echo -)"
    sleep 5
  done ) >"$OUT/connections.txt" &
SAMPLERS+=($!)

# --- 4. The load, and the docks meanwhile. ---
FILES=$WORK/files
MIB=1048576
NONCE=$(date +%s)-$$
mkdir -p "$FILES"
# shellcheck source=../../evidence-web/bench/dock-files.sh
. "$ROOT/evidence-web/bench/dock-files.sh"
STOP=$WORK/stop-docks
# Dock $1 uploads one recording after another from camera BWC-0000$1 until $STOP exists; each
# line of $OUT/dock-$1.txt is the answer's HTTP status and the SHA-256 sent.
dock() {
  local n=$1 file=$FILES/dock-$1.mp4 sha i=0 at code limit=()
  [ "$DOCK_RATE" = 0 ] || limit=(--limit-rate "$DOCK_RATE")
  make_file "$file" "$DOCK_MIB"
  at=$(($(date -u +%s) - 86400 * 2 + n * 3600))
  while [ ! -e "$STOP" ]; do
    i=$((i + 1))
    stamp "$file" "dock-$n-$i"
    sha=$(sha_of "$file")
    code=$(curl -sS -o "$file.answer" -w '%{http_code}' "${limit[@]}" \
      -u "${DOCK_NAMES[$((n - 1))]}:${DOCK_SECRETS[$((n - 1))]}" -X POST -T "$file" \
      -H "Content-Type: video/mp4" -H "Expect: 100-continue" -H "Camera-Serial: BWC-$(printf '%05d' "$n")" \
      -H "Recorded-Start: $(date -u -d "@$at" +%Y-%m-%dT%H:%M:%SZ)" \
      -H "Recorded-End: $(date -u -d "@$((at + 50))" +%Y-%m-%dT%H:%M:%SZ)" \
      -H "Content-SHA256: $sha" "$BASE/api/v1/dock/recordings" || echo 000)
    printf '%s %s\n' "$code" "$sha" >>"$OUT/dock-$n.txt"
    at=$((at + 60))
  done
}
# The seed MP4 is made once, before the docks start, so that they do not race to make it.
make_file "$FILES/seed-check.mp4" 1
for n in $(seq 1 "$DOCKS"); do
  : >"$OUT/dock-$n.txt"
  dock "$n" >"$OUT/dock-$n.log" 2>&1 &
  DOCK_PIDS+=($!)
done
say "$USERS staff browsing for $RUN_SECONDS s, $DOCKS docks uploading $DOCK_MIB MiB recordings (rate ${DOCK_RATE/#0/unlimited})..."
load_started=$(date +%s)
(cd "$ROOT" && ./mvnw -B -q -f "$HERE/load/pom.xml" gatling:test -Dbase="$BASE" -Dpassword="$PASSWORD" \
  -Dusers="$USERS" -Dseconds="$RUN_SECONDS" -Dlatencies="$OUT/latencies.tsv" \
  -Dgatling.resultsFolder="$OUT/gatling") >"$OUT/gatling.log" 2>&1 \
  || say "Gatling reported failed requests (see $OUT/gatling.log); the table below counts them."
touch "$STOP"
say "Browsing done in $(($(date +%s) - load_started)) s; waiting for the docks' last uploads..."
for p in "${DOCK_PIDS[@]}"; do wait "$p" || true; done
DOCK_PIDS=()
[ -s "$OUT/latencies.tsv" ] || fail "the load test wrote no answers; see $OUT/gatling.log"

# --- 5. Every upload accounted for. ---
cat "$OUT"/dock-*.txt >"$WORK/uploads.txt"
sent=$(wc -l <"$WORK/uploads.txt")
stored=$(awk '$1 == 201' "$WORK/uploads.txt" | wc -l)
awk '$1 == 201 { print $2 }' "$WORK/uploads.txt" >"$WORK/stored-shas.txt"
rows=$("${PSQL[@]}" -tA -c "CREATE TEMP TABLE sent (sha256 char(64))" -c "\\copy sent FROM '$WORK/stored-shas.txt'" \
  -c "SELECT count(*) FROM recording r JOIN sent s ON s.sha256 = r.sha256" | tail -n 1)
twice=$(q "SELECT count(*) FROM (SELECT sha256 FROM recording GROUP BY sha256 HAVING count(*) > 1) d")
refused=$((sent - stored))
severe=$(( $(grep -c "SEVERE" "$OUT/payara.log" || true) - SEVERE_BEFORE ))

# --- 6. The report. ---
java "$HERE/load/LoadReport.java" "$OUT/latencies.tsv" "$WORK/table.md" "$OUT/latency.svg" \
  || fail "no report could be made from $OUT/latencies.tsv"
heap() { awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { print $'"$1"' / 1024 }' "$OUT/jstat.txt"; }
old_first=$(heap 9 | head -n 1); old_last=$(heap 9 | tail -n 1); old_max=$(heap 9 | sort -g | tail -n 1)
# What the old generation came back to after each collection that emptied it (a fall of a third
# or more): flat when nothing leaks.
old_after=$(heap 9 | awk 'NR > 1 && $1 < last * 0.67 { printf "%s%.0f", sep, $1; sep = ", " } { last = $1 }')
conn_min=$(awk '$2 ~ /^[0-9]+$/ { print $2 }' "$OUT/connections.txt" | sort -g | head -n 1)
conn_max=$(awk '$2 ~ /^[0-9]+$/ { print $2 }' "$OUT/connections.txt" | sort -g | tail -n 1)
record "# Portal under load: $USERS staff for $RUN_SECONDS s, $DOCKS docks$([ "$SOAK" = true ] && echo ', with the sweep and the integrity check (soak)'), $(date -u +%Y-%m-%dT%H:%MZ)"
record ""
record "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); Payara Micro $JAVA_OPTS; data: $held recordings held ($holds holds), $requests requests, $cases cases; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
record ""
cat "$WORK/table.md" | tee -a "$RESULTS"
record ""
record "Docks: $sent uploads of $DOCK_MIB MiB sent, $stored stored (201), $refused refused or failed; $rows of the stored found in the database by their SHA-256, $twice SHA-256s stored twice."
if [ "$SOAK" = true ]; then
  record "Sweep: $(q "SELECT count(*) FROM deletion_record WHERE deleted_at > to_timestamp($load_started)") recordings deleted during the run; $(q "SELECT count(*) FROM recording r WHERE r.deletion_due_at < now() - interval '2 minutes' AND NOT EXISTS (SELECT 1 FROM recording_hold h WHERE h.recording_id = r.id AND h.released_at IS NULL AND (h.expires_at IS NULL OR h.expires_at > now()))") due more than two minutes ago with no active hold still there. Integrity: $(q "SELECT count(*) FROM fixity_result WHERE checked_at > to_timestamp($load_started)") files checked during the run."
fi
record "Heap (jstat, every 5 s): old generation $(printf '%.0f' "${old_first:-0}") MiB at the start, $(printf '%.0f' "${old_last:-0}") MiB at the end, at most $(printf '%.0f' "${old_max:-0}") MiB; after each collection that emptied it: ${old_after:-none in the run} MiB. Database connections: $conn_min to $conn_max. SEVERE lines in the server's log during the run: $severe."
record ""
record "Latency over time: latency.svg; Gatling's own report in gatling/."
[ "$rows" -eq "$stored" ] && [ "$twice" -eq 0 ] || fail "uploads lost or stored twice: $stored answered 201, $rows found, $twice twice"
[ "$stored" -gt 0 ] || fail "no upload was stored; see $OUT/dock-1.txt and $OUT/payara.log"
errors=$(awk -F'\t' 'NR > 1 && ($4 != 200 || $5 != "true")' "$OUT/latencies.tsv" | wc -l)
[ "$errors" -eq 0 ] || fail "$errors pages were not answered whole (see $OUT/latencies.tsv)"
say "Results in $RESULTS"
