#!/usr/bin/env bash
# Benchmarks the compliance officer's annual review end to end in the real server: from the click on
# "Make the draft review" to the signed PDF downloaded, over a large council's year (800,000
# recordings, 1,000,000 audit events, 2,000 requests), side by side with the bare SQL of the review
# (every query the server ran for it, replayed in psql); then the data protection officer's queue of
# requests, page by page, beside its bare SQL.
#
#   evidence-domain/bench/review-bench.sh [--recordings N] [--events N] [--requests N]
#                                         [--request-days N] [--rounds N] [--queue-rounds N]
#                                         [--java-opts "..."] [--profile] [--out DIR] [--smoke]
#
# --smoke is the smallest run through every step (2,000 recordings, 5,000 events, 40 requests, one
# round, 5 of the queue, output in target/bench-smoke/review): ./bwv test runs it so the script
# cannot rot. The requests are spread over --request-days days up to today (default: the year so
# far); issue 16's scale is --recordings 1000000 --requests 20000 --request-days 730.
#
# What it does, on a fresh clone, with nothing but a JDK 17 and Debian's PostgreSQL and curl:
#   1. builds the WAR (offline, `package`, nothing installed in ~/.m2) and the helper beside this
#      script; makes a throwaway signing key with keytool;
#   2. starts a private PostgreSQL (private-postgres.sh; fsync on, otherwise default settings) and
#      applies the schema with Flyway, as the server would;
#   3. generates this year up to today: library-data.sql (areas, 200 staff, 150 cameras, the
#      recordings spread over the year), review-data.sql (what retention left: holds, deletion
#      records instead of the rows deleted, fixity results, training, cases and packages, and a
#      compliance officer account), request-data.sql (the requests), and the audit events (the
#      helper, with the application's hashing: an intact chain); VACUUM ANALYZE, CHECKPOINT;
#   4. starts Payara Micro with the WAR at --java-opts (default -Xmx512m), jstat and a GC log on it;
#      signs in as the compliance officer with curl, as a browser would (the forms and their view
#      state);
#   5. one untimed round with PostgreSQL logging every statement: the review made and downloaded,
#      then the helper turns the log into a psql script of the queries it ran, with their values;
#   6. --rounds timed rounds, alternately: the bare SQL (psql runs the script, each query as
#      COPY (...) TO STDOUT into /dev/null) and the review (POST of the button, the job followed as
#      the page's script follows it, the PDF downloaded); medians and their ratio; then once each
#      the other waits: the draft's public version (PDF, web page), the sign-off, the signed-off
#      review downloaded; the heap over all of it;
#   6b. the data protection officer's queue of requests (/requests/index.xhtml: every open request
#      with its deadline counted on the bank-holiday calendar), signed in as the DPO: one untimed
#      load with every statement logged, turned into its bare SQL as for the review; then
#      --queue-rounds loads (default 200) alternately with psql running that SQL; p50 and p95 of
#      each, and a check that the page lists as many requests as SQL finds in the queue;
#   7. checks the last draft PDF: pdfsig accepts its signature, and pdftotext finds in it the
#      year's recordings per service area as SQL counts them (and shows the chain's event count);
#   8. stops everything and removes the data.
#
# --profile records the server with JFR during the timed rounds (review.jfr in the output) and the
# queue's loads (queue.jfr).
# Results go to --out (default /tmp/review-bench-<time>): results.md and the logs.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

RECORDINGS=800000
EVENTS=1000000
REQUESTS=2000
REQUEST_DAYS=""
ROUNDS=5
QUEUE_ROUNDS=200
JAVA_OPTS="-Xmx512m"
PROFILE=false
OUT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --recordings) RECORDINGS=$2; shift 2 ;;
    --events) EVENTS=$2; shift 2 ;;
    --requests) REQUESTS=$2; shift 2 ;;
    --request-days) REQUEST_DAYS=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --queue-rounds) QUEUE_ROUNDS=$2; shift 2 ;;
    --java-opts) JAVA_OPTS=$2; shift 2 ;;
    --profile) PROFILE=true; shift ;;
    --out) OUT=$2; shift 2 ;;
    --smoke) RECORDINGS=2000; EVENTS=5000; REQUESTS=40; ROUNDS=1; QUEUE_ROUNDS=5; OUT=$ROOT/target/bench-smoke/review; shift ;;
    *) echo "review-bench: unknown option $1" >&2; exit 2 ;;
  esac
done
OUT=${OUT:-/tmp/review-bench-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
RESULTS=$OUT/results.md
: >"$RESULTS"
rm -f "$OUT/bare-errors.txt"

# shellcheck source=bench-lib.sh
. "$HERE/bench-lib.sh"

for tool in java javac jstat jcmd keytool curl awk; do
  command -v "$tool" >/dev/null || fail "needs $tool on PATH"
done

# --- 1. Build: the WAR and each module's runtime classpath, then the helper. ---
# shellcheck source=council-server.sh
. "$HERE/council-server.sh"
build_council_war

# --- 2. A private PostgreSQL, fsync on (the review's job and audit rows commit as in service). ---
start_council_db "${BENCH_PG_PORT:-55760}" review-bench

# --- 3. The year: recordings from 1 January to today, what retention left of them, requests, events. ---
PASSWORD="review-bench-$(date +%s)"
started=$SECONDS
generate_council_year "$RECORDINGS" "$REQUESTS" "$REQUEST_DAYS" "$EVENTS"
"${PSQL[@]}" -c 'VACUUM (ANALYZE)' -c 'CHECKPOINT' >/dev/null
read -r held deleted holds requests events < <(q "SELECT (SELECT count(*) FROM recording), (SELECT count(*) FROM deletion_record),
  (SELECT count(*) FROM recording_hold), (SELECT count(*) FROM footage_request), (SELECT count(*) FROM audit_event)" | tr '|' ' ')
say "Generated in $((SECONDS - started)) s: $held recordings held and $deleted deleted ($holds holds), $requests requests, $events audit events; database $(q "SELECT pg_size_pretty(pg_database_size('evidence'))")"

# --- 4. The server, and a signed-in compliance officer. ---
start_council_server "${BENCH_HTTP_PORT:-18560}" EVIDENCE_FIXITY_BYTES_PER_SECOND=1024
jstat -gc -t "$PAYARA_PID" 500 >"$OUT/jstat.txt" 2>"$OUT/jstat.err" &
SAMPLERS+=($!)

JAR=$WORK/cookies
http() { curl -sS -b "$JAR" -c "$JAR" -H "Origin: http://127.0.0.1:$HTTP_PORT" "$@"; }
# The view state of the page in $1 (every form on a page carries the same one).
view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*' "$1" | grep -o 'value="[^"]*"' | head -n 1 | cut -d'"' -f2; }
# Signs in as $1 through the login form, with the cookie jar $JAR; prints the HTTP status.
sign_in() {
  http -o "$WORK/login.html" "$BASE/login.xhtml"
  http -o /dev/null -w '%{http_code}' --data-urlencode "login=login" \
    --data-urlencode "login:username=$1" --data-urlencode "login:password=$PASSWORD" \
    --data-urlencode "login:signIn=Sign in" --data-urlencode "jakarta.faces.ViewState=$(view_state "$WORK/login.html")" \
    "$BASE/login.xhtml"
}
code=$(sign_in compliance.bench)
http -o "$WORK/page.html" -w '%{http_code}' "$BASE/compliance/self-assessment.xhtml?year=$YEAR" | grep -q 200 \
  && grep -q 'id="review:make"' "$WORK/page.html" \
  || fail "signing in as the compliance officer failed (HTTP $code); see $WORK/page.html"

# One review, as the compliance officer makes it: the button, the job followed, the PDF downloaded
# into $1. Sets REVIEW_S, the seconds from the click to the last byte, and JOB, the job's id.
REVIEW_S=""; JOB=""
review() {
  local page=$WORK/page.html location t0
  http -o "$page" "$BASE/compliance/self-assessment.xhtml?year=$YEAR"
  t0=$(now_s)
  location=$(http -o /dev/null -w '%{redirect_url}' --data-urlencode "review=review" \
    --data-urlencode "review:make=Make the draft review (signed PDF)" \
    --data-urlencode "jakarta.faces.ViewState=$(view_state "$page")" "$BASE/compliance/self-assessment.xhtml")
  follow_job "$location"
  http -o "$page" "$BASE/compliance/self-assessment.xhtml?year=$YEAR&job=$JOB"
  http -o "$1" --data-urlencode "made=made" --data-urlencode "made:download=Download the draft review (signed PDF)" \
    --data-urlencode "jakarta.faces.ViewState=$(view_state "$page")" "$BASE/compliance/self-assessment.xhtml"
  REVIEW_S=$(calc "$(now_s) - $t0" 3)
  [ "$(head -c 5 "$1")" = "%PDF-" ] || fail "the download was not a PDF; see $1"
}

# Follows the job named in the page address $1 (where a button that starts one sends the browser)
# as the page's script does, but every 0.2 s rather than 1.5 s, until it is done; sets JOB to its id.
follow_job() {
  local status
  JOB=$(printf '%s' "$1" | grep -o 'job=[0-9]*' | cut -d= -f2 || true)
  [ -n "$JOB" ] || fail "the button did not start a job (sent to: $1)"
  while :; do
    http -o "$WORK/job.json" "$BASE/compliance/review-job?id=$JOB"
    status=$(sed -n 's/.*"status" *: *"\([A-Z]*\)".*/\1/p' "$WORK/job.json")
    case "$status" in
      DONE) break ;;
      RUNNING) sleep 0.2 ;;
      *) fail "the review job ended ${status:-unknown} ($(cat "$WORK/job.json")): $(q "SELECT failure FROM review_job WHERE id = $JOB")" ;;
    esac
  done
}

# --- 5. The untimed round: the statements it ran, logged, become the bare SQL. ---
LOG=$PGDIR/postgres.log
# Runs the command in $3... once with PostgreSQL logging every statement, then has the helper turn
# the queries it ran into the psql script $1, saying what it found in $2.
logged() {
  local script=$1 said=$2 from_line
  shift 2
  q "ALTER SYSTEM SET log_min_duration_statement = 0" >/dev/null; q "SELECT pg_reload_conf()" >/dev/null
  sleep 1
  from_line=$(wc -l <"$LOG")
  "$@"
  q "ALTER SYSTEM RESET log_min_duration_statement" >/dev/null; q "SELECT pg_reload_conf()" >/dev/null
  "${TOOL[@]}" replay --log "$LOG" --from-line "$from_line" --out "$script" | tee "$said"
}
say "Untimed round, with every statement logged..."
logged "$OUT/review-queries.sql" "$OUT/replay.txt" review "$OUT/warm-up.pdf"
say "Untimed review: $REVIEW_S s"
# Runs the bare SQL in the psql script $1 (the review's by default); sets BARE_S to its seconds.
bare() {
  local t0 errors
  t0=$(now_s)
  "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PORT" -U evidence -d evidence -f "${1:-$OUT/review-queries.sql}" 2>"$WORK/bare.err"
  BARE_S=$(calc "$(now_s) - $t0" 3)
  errors=$(grep -c ERROR "$WORK/bare.err" || true)
  [ "$errors" -eq 0 ] || { cp "$WORK/bare.err" "$OUT/bare-errors.txt"; fail "$errors of the replayed queries failed; see $OUT/bare-errors.txt"; }
}

# --- 6. The timed rounds, alternately. ---
if $PROFILE; then jcmd "$PAYARA_PID" JFR.start name=review settings=profile filename="$OUT/review.jfr" >"$OUT/jfr.log" 2>&1; fi
record "# Annual-review benchmark"
record ""
record "$(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown); $(nproc) cores, $(awk '/^MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM; $(java -version 2>&1 | head -n 1); Payara Micro at $JAVA_OPTS; PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }'), fsync on, default settings."
record ""
record "The review of $YEAR (1 January to $(date -u +%-d' '%B)): $RECORDINGS recordings generated over the $DAYS days up to today ($held still held, $holds of them under a hold, $deleted deleted), $requests requests, $events audit events (the whole chain verified); database $(q "SELECT pg_size_pretty(pg_database_size('evidence'))")."
record "The bare SQL: $(cat "$OUT/replay.txt"), replayed by psql in one session with the values the server bound, each as \`COPY (...) TO STDOUT\` into /dev/null (review-queries.sql)."
record ""
record "| round | bare SQL (s) | click to signed PDF (s) | job in the server (s) | PDF | load before |"
record "|---:|---:|---:|---:|---:|---|"
bares=(); reviews=(); jobs=()
for round in $(seq 1 "$ROUNDS"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  mark=$(now_s)
  bare
  review "$OUT/review.pdf"
  job_s=$(q "SELECT round(extract(epoch FROM finished_at - requested_at)::numeric, 2) FROM review_job WHERE id = $JOB")
  bares+=("$BARE_S"); reviews+=("$REVIEW_S"); jobs+=("$job_s")
  record "| $round | $BARE_S | $REVIEW_S | $job_s | $(( $(stat -c %s "$OUT/review.pdf") / 1024 )) KiB | $load |"
  if [ "$round" -eq 1 ]; then ROUNDS_FROM=$mark; fi
done
if $PROFILE; then jcmd "$PAYARA_PID" JFR.stop name=review >>"$OUT/jfr.log" 2>&1; fi
BARE=$(median "${bares[@]}"); REVIEW=$(median "${reviews[@]}"); JOB_M=$(median "${jobs[@]}")
record "| **median** | **$BARE** | **$REVIEW** | $JOB_M | | |"
record ""
record "Click to signed PDF / bare SQL: **$(calc "$REVIEW / $BARE" 2)×**; the aim, at most 10 s from the click: $(awk -v r="$REVIEW" 'BEGIN { print (r <= 10) ? "met" : "missed" }')."

# --- The other waits of the year's review, once each: the public version of the draft, as a PDF and
# as a web page, then the sign-off in the background (the figures frozen, both versions made and kept), then the
# signed-off review downloaded as it was kept. ---
# POSTs the button $2 of the form $1 on the review's page, with any more fields in $4..., saving
# the answer in $3; prints the seconds it took.
press() {
  local form=$1 button=$2 into=$3 page=$WORK/page.html t0
  shift 3
  http -o "$page" "$BASE/compliance/self-assessment.xhtml?year=$YEAR"
  grep -q "id=\"$form:$button\"" "$page" || fail "no button $form:$button on the review's page"
  t0=$(now_s)
  http -o "$into" -L --data-urlencode "$form=$form" --data-urlencode "$form:$button=$button" "$@" \
    --data-urlencode "jakarta.faces.ViewState=$(view_state "$page")" "$BASE/compliance/self-assessment.xhtml"
  calc "$(now_s) - $t0" 3
}
public_pdf=$(press review publicPdf "$OUT/public.pdf")
public_html=$(press review publicHtml "$OUT/public.html")
# Signing off runs in the background as a draft does: from the click until its job is done.
t0=$(now_s)
press signOff signIt "$WORK/signed-off.html" -w '%{url_effective}\n' --data-urlencode "signOff:officer=Jo Bloggs, Director of Place" >"$WORK/sent-to"
follow_job "$(head -n 1 "$WORK/sent-to")"
sign_off=$(calc "$(now_s) - $t0" 3)
http -o "$WORK/signed-off.html" "$BASE/compliance/self-assessment.xhtml?year=$YEAR"
grep -q 'id="signedOff"' "$WORK/signed-off.html" || fail "the sign-off did not take; see $WORK/signed-off.html"
signed_pdf=$(press review download "$OUT/signed-off.pdf")
for f in public.pdf signed-off.pdf; do
  [ "$(head -c 5 "$OUT/$f")" = "%PDF-" ] || fail "$f is not a PDF"
done
record "- once each, after the rounds (seconds from the click to the last byte): the draft's public version as a PDF $public_pdf, as a web page $public_html; signing off in the background, from the click until its job is done (figures counted once, the audit chain verified, both versions made, signed and kept) $sign_off; the signed-off review downloaded as kept $signed_pdf"

# --- Memory over the timed rounds and the waits after them: jstat every half second, JVM uptime in
# its first column. ---
ROUNDS_UNTIL=$(now_s)
kill "${SAMPLERS[0]}" 2>/dev/null; SAMPLERS=()
jvm_start=$(awk -v tck="$(getconf CLK_TCK)" -v btime="$(awk '/^btime/ { print $2 }' /proc/stat)" \
  '{ printf "%.2f", btime + $22 / tck }' "/proc/$PAYARA_PID/stat")
record "- heap: $(awk -v t0="$jvm_start" -v s="$ROUNDS_FROM" -v e="$ROUNDS_UNTIL" '
  NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
  $1 ~ /^[0-9.]+$/ && t0 + $1 >= s && t0 + $1 <= e {
    used = ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024; c = ($col["S0C"] + $col["S1C"] + $col["EC"] + $col["OC"]) / 1024
    n++; if (used > peak) peak = used; if (c > commit) commit = c; if ($col["OU"] / 1024 > old) old = $col["OU"] / 1024
    if (n == 1) { y0 = $col["YGC"]; f0 = $col["FGC"] } y = $col["YGC"]; f = $col["FGC"]
  }
  END { printf "peak used %.0f MiB of at most 512 (peak committed %.0f MiB, old generation at most %.0f MiB); %d young and %d full collections over the rounds and the waits after them (%d samples)", peak, commit, old, y - y0, f - f0, n }' "$OUT/jstat.txt")"
record "- server log: $(grep -c SEVERE "$OUT/payara.log" || true) SEVERE lines; $(grep -c OutOfMemoryError "$OUT/payara.log" || true) OutOfMemoryError"

# --- 6b. The data protection officer's queue: every open request with its deadline, page by page,
# beside the bare SQL of one page. ---
JAR=$WORK/dpo-cookies
code=$(sign_in dpo.bench)
QUEUE_URL=$BASE/requests/index.xhtml
queue_page() {
  local took
  took=$(http -o "$WORK/queue.html" -w '%{http_code} %{time_total}' "$QUEUE_URL")
  [ "${took%% *}" = 200 ] && grep -q 'id="summary"' "$WORK/queue.html" \
    || fail "the DPO's queue did not load (HTTP ${took%% *}; signing in gave $code); see $WORK/queue.html"
  PAGE_S=${took#* }
}
say "The DPO's queue: one load with every statement logged, then $QUEUE_ROUNDS loads beside its bare SQL..."
queue_page
logged "$OUT/queue-queries.sql" "$OUT/queue-replay.txt" queue_page
# p-th percentile (nearest rank) of the numbers given.
percentile() { local p=$1; shift; printf '%s\n' "$@" | sort -g | awk -v p="$p" '{ v[NR] = $1 } END { i = int(NR * p / 100 + 0.999999); if (i < 1) i = 1; printf "%.1f", v[i] * 1000 }'; }
if $PROFILE; then jcmd "$PAYARA_PID" JFR.start name=queue settings=profile filename="$OUT/queue.jfr" >>"$OUT/jfr.log" 2>&1; fi
pages=(); queue_bares=()
for _ in $(seq 1 "$QUEUE_ROUNDS"); do
  bare "$OUT/queue-queries.sql"; queue_bares+=("$BARE_S")
  queue_page; pages+=("$PAGE_S")
done
shown=$(awk '/id="queue"/,/<\/table>/' "$WORK/queue.html" | grep -o 'requests/request.xhtml?id=' | wc -l)
# Fifty a page, the most urgent first; the pages say how many there are in all.
total=$(grep -o 'Requests [0-9,]* to [0-9,]* of [0-9,]*' "$WORK/queue.html" | head -n 1 | sed 's/.* of //; s/,//g' || true)
total=${total:-$shown}
queued=$(q "SELECT count(*) FROM (SELECT id FROM footage_request WHERE status = 'OPEN'
    UNION SELECT request_id FROM request_complaint WHERE acknowledged_on IS NULL
    UNION SELECT id FROM footage_request WHERE review_asked_on IS NOT NULL AND review_done_on IS NULL) q")
record ""
record "## The data protection officer's queue"
record ""
record "$requests requests received over the ${REQUEST_DAYS:-$DAYS} days up to today, $queued in the queue (open, a complaint waiting, or a review asked for); each page lists fifty, the most urgent first: the queue is ordered and counted in SQL on the clock each open request keeps on its row (counted again only for a request changed since, or after the bank-holiday calendar changed), and only the page's fifty are read and their deadlines counted. The bare SQL: $(cat "$OUT/queue-replay.txt"), replayed by psql as for the review (queue-queries.sql). $QUEUE_ROUNDS loads each, alternately; each psql run and each curl is a process of its own, with its own connection."
record ""
record "| ms | p50 | p95 | max |"
record "|---|---:|---:|---:|"
record "| bare SQL (psql) | $(percentile 50 "${queue_bares[@]}") | $(percentile 95 "${queue_bares[@]}") | $(percentile 100 "${queue_bares[@]}") |"
record "| the queue page (curl, signed in) | $(percentile 50 "${pages[@]}") | $(percentile 95 "${pages[@]}") | $(percentile 100 "${pages[@]}") |"
record ""
if $PROFILE; then jcmd "$PAYARA_PID" JFR.stop name=queue >>"$OUT/jfr.log" 2>&1; fi
QUEUE_P95=$(percentile 95 "${pages[@]}")
record "The first page lists the $shown most urgent of $total requests (SQL finds $queued in the queue); p95 $QUEUE_P95 ms, the aim at most 50 ms: $(awk -v p="$QUEUE_P95" 'BEGIN { print (p <= 50) ? "met" : "missed" }')."
[ "$total" -eq "$queued" ] && [ "$shown" -eq "$(( queued < 50 ? queued : 50 ))" ] \
  || CHECKS_FAILED="the queue's first page lists $shown of $total requests, SQL finds $queued"

# --- 7. The last PDF says what SQL says. ---
CHECKS_OK=true
if command -v pdfsig >/dev/null && command -v pdftotext >/dev/null; then
  pdftotext -layout "$OUT/review.pdf" "$WORK/review.txt"
  sig=$(pdfsig "$OUT/review.pdf" 2>&1 | grep -m 1 "Signature Validation" | sed 's/^ *- *//' || true)
  missing=""
  while IFS='|' read -r area n; do
    grep -q "$n" "$WORK/review.txt" || missing="$missing $area ($n)"
  done < <(q "SELECT area, to_char(sum(n), 'FM999,999,999') FROM (
      SELECT coalesce(a.name, 'No service area') area, count(*) n FROM recording r LEFT JOIN service_area a ON a.id = r.service_area_id
       WHERE r.recorded_start >= '$YEAR-01-01' GROUP BY 1
      UNION ALL SELECT coalesce(service_area, 'No service area'), count(*) FROM deletion_record
       WHERE recorded_start >= '$YEAR-01-01' GROUP BY 1) t GROUP BY area")
  events_now=$(q "SELECT to_char(count(*), 'FM999,999,999') FROM audit_event")
  record "- the last PDF: pdfsig \"$sig\"; recordings per service area as SQL counts them: $([ -z "$missing" ] && echo "all found in its text" || echo "NOT FOUND:$missing"); the audit chain's events ($events_now now, a few more than when it was verified): $(grep -o "[0-9,]* events" "$WORK/review.txt" | head -n 1)"
  [ -z "$missing" ] && [[ "$sig" == *"Signature is Valid"* ]] || CHECKS_OK=false
fi
if $PROFILE && [ -s "$OUT/review.jfr" ]; then
  record ""
  record "JFR recording of the timed rounds: $OUT/review.jfr (jfr print --events jdk.ExecutionSample, or JDK Mission Control)."
fi
$CHECKS_OK || fail "the PDF's checks failed; see $RESULTS"
[ -z "${CHECKS_FAILED:-}" ] || fail "$CHECKS_FAILED; see $RESULTS"
say "Done: $RESULTS"
