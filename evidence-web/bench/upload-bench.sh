#!/usr/bin/env bash
# Dock-upload benchmarks: speed of one large upload against cp and openssl, server memory during
# a 4 GB upload at a small heap, and 20 docks uploading at once. See README.md beside this file.
#
# Starts its own portal with ./bwv run (own port, own data directory), seeds dock credentials,
# makes the test files, measures, prints a table, and stops the portal. Settings, all optional:
#   EVIDENCE_PORT     port for the portal (default 8190, so a portal on 8080 is left alone)
#   BWV_DATA          the portal's database and footage (default .bench-run/ at the repo root)
#   BENCH_JAVA_OPTS   JVM options for Payara Micro (default -Xmx256m, the memory target)
#   BENCH_FILES       where the test files are written (default /var/tmp/bwv-bench-files)
#   BENCH_RUNS        runs of each measurement; the median is reported (default 3)
#   BENCH_BIG_MB      size of the single-upload file (default 2048)
#   BENCH_HUGE_MB     size of the memory-test file (default 4096)
#   BENCH_DOCKS       docks uploading at once (default 20)
#   BENCH_DOCK_MB     size of each dock's file (default 150)
#   BENCH_WARM_UPS    uploads before any timing (default 5)
#   BENCH_WARM_MB     size of each warm-up upload (default 64)
#   BENCH_KEEP_FILES  1 keeps the test files afterwards (default: removed)
#   BENCH_PROFILE     1 records the server with JFR (settings=profile) during the single large
#                     uploads, into upload-single.jfr beside the results (default: not)
#   BENCH_CPU         1 accounts the CPU each single large upload and each cp + fsync uses: the
#                     server's (/proc/<pid>/stat), curl's (its rusage), the whole machine's
#                     (/proc/stat, which includes the kernel's loopback work) and, over a quiet
#                     moment just before the upload, what the machine and the server use
#                     doing nothing of ours; against a budget of all cores for 1.25 x the median
#                     cp + fsync (default: not)
#   BENCH_ONLY        single, memory or concurrent runs only that measurement (default: all three)
#
#   upload-bench.sh --smoke   the smallest run that still goes through every step (one run of
#                             each measurement, 10 MiB files, two docks, one warm-up; portal on a
#                             free port from 8190, data and results in target/bench-smoke/upload):
#                             ./bwv test runs it so the script cannot rot. Settings above still
#                             apply.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=../../evidence-domain/bench/bench-lib.sh
. "$ROOT/evidence-domain/bench/bench-lib.sh"
case "${1:-}" in
  --smoke)
    SMOKE=$ROOT/target/bench-smoke/upload
    PORT=${EVIDENCE_PORT:-8190}
    [ -n "${EVIDENCE_PORT:-}" ] || while port_in_use "$PORT"; do PORT=$((PORT + 1)); done
    : "${BWV_DATA:=$SMOKE/run}" "${BENCH_FILES:=$SMOKE/files}" "${BENCH_RUNS:=1}" "${BENCH_BIG_MB:=10}"
    : "${BENCH_HUGE_MB:=10}" "${BENCH_DOCKS:=2}" "${BENCH_DOCK_MB:=10}" "${BENCH_WARM_UPS:=1}"
    : "${BENCH_WARM_MB:=10}"
    ;;
  "") PORT=${EVIDENCE_PORT:-8190} ;;
  *) echo "upload-bench: unknown option $1 (settings are environment variables; see README.md)" >&2; exit 2 ;;
esac
DATA=${BWV_DATA:-$ROOT/.bench-run}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx256m}
FILES=${BENCH_FILES:-/var/tmp/bwv-bench-files}
RUNS=${BENCH_RUNS:-3}
BIG_MB=${BENCH_BIG_MB:-2048}
HUGE_MB=${BENCH_HUGE_MB:-4096}
DOCKS=${BENCH_DOCKS:-20}
DOCK_MB=${BENCH_DOCK_MB:-150}
WARM_UPS=${BENCH_WARM_UPS:-5}
WARM_MB=${BENCH_WARM_MB:-64}
CAMERA=VB4-000101
URL=http://127.0.0.1:$PORT/evidence/api/v1/dock/recordings
MIB=1048576

BWV_PID=""
JAVA_PID=""
PSQL=()
SAMPLER_PIDS=()
# Stamped into every file before each run, so no two uploads (in this run or an earlier one
# against the same database) have the same bytes: the server answers repeated bytes with 200
# without reading them, which would measure nothing.
NONCE=$(date +%s)-$$
RESULTS=""
SUMMARY=()

now_ns() { date +%s%N; }
seconds_since() { awk -v a="$1" -v b="$(now_ns)" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'; }
whole() { awk -v v="$1" 'BEGIN { printf "%.0f", v }'; }
mbps() { awk -v bytes="$1" -v s="$2" 'BEGIN { printf "%.0f", bytes / 1048576 / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
cpu_on() { [ "${BENCH_CPU:-0}" = 1 ]; }

stop_portal() {
  trap - EXIT INT TERM
  set +e
  stop_sampler
  if [ -n "$BWV_PID" ] && kill -0 "$BWV_PID" 2>/dev/null; then
    say "Stopping the portal..."
    # TERM, not INT: a background job of a script starts with SIGINT ignored, and bash cannot
    # trap a signal it started ignoring, so ./bwv would never run its clean-up.
    kill -TERM "$BWV_PID"
    for _ in $(seq 1 60); do kill -0 "$BWV_PID" 2>/dev/null || break; sleep 1; done
  fi
  if [ "${BENCH_KEEP_FILES:-0}" != 1 ] && [ -d "$FILES" ]; then
    rm -rf "$FILES"
  fi
}

start_portal() {
  mkdir -p "$DATA"
  local log=$DATA/bwv-run.log started=$SECONDS
  say "Starting the portal on port $PORT with $JAVA_OPTS (build and start: a few minutes; log: $log)..."
  # Demo accounts and the demo dock, but no demo footage: a minute of ffmpeg the benchmark does
  # not need.
  BWV_DATA=$DATA EVIDENCE_PORT=$PORT BWV_JAVA_OPTS=$JAVA_OPTS BWV_DEMO_FOOTAGE=false \
    "$ROOT/bwv" run >"$log" 2>&1 &
  BWV_PID=$!
  until grep -qs "BWV Evidence is running" "$log"; do
    kill -0 "$BWV_PID" 2>/dev/null || { tail -n 20 "$log" >&2; fail "./bwv run stopped; see $log."; }
    [ $((SECONDS - started)) -gt 900 ] && fail "the portal did not start in 15 minutes; see $log."
    sleep 2
  done
  JAVA_PID=$(pgrep -P "$BWV_PID" -f payara-micro.jar | head -n 1 || true)
  [ -n "$JAVA_PID" ] || fail "cannot find the Payara Micro process started by ./bwv (pid $BWV_PID)."
  local pg_port pg_bin credentials password
  pg_port=$(sed -n 's/^PostgreSQL .* on 127\.0\.0\.1:\([0-9]*\) .*/\1/p' "$log" | head -n 1)
  [ -n "$pg_port" ] || fail "./bwv did not say where its PostgreSQL is; see $log."
  # The application's role, with the password ./bwv made for it: the docks are the portal's data.
  credentials=$(sed -n 's/^PostgreSQL .*, passwords in \(.*\))$/\1/p' "$log" | head -n 1)
  password=$(sed -n 's/^EVIDENCE_DB_PASSWORD=//p' "$credentials" 2>/dev/null || true)
  [ -n "$password" ] || fail "./bwv did not say where its database passwords are, or they are not there; see $log."
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  PSQL=(env PGPASSWORD="$password" "$pg_bin/psql" -X -h 127.0.0.1 -p "$pg_port" -U evidence -d evidence
    -qtA -v ON_ERROR_STOP=1)
  say "Portal up in $((SECONDS - started)) s (Payara Micro pid $JAVA_PID, PostgreSQL port $pg_port)."
}

# Dock 1 is the demo dock, which has no credential; the others are made here. Each gets a fresh
# secret every run, so nothing depends on what an earlier run left in the database.
DOCK_NAMES=()
DOCK_SECRETS=()
seed_docks() {
  local i name secret sql=""
  for i in $(seq 1 "$DOCKS"); do
    if [ "$i" -eq 1 ]; then name=civic-centre-1; else name=$(printf 'bench-dock-%02d' "$i"); fi
    secret=$(openssl rand -hex 32)
    DOCK_NAMES+=("$name")
    DOCK_SECRETS+=("$secret")
    sql+="INSERT INTO dock (name, site, credential_sha256, credential_issued_at, created_at)
          VALUES ('$name', 'Benchmark site', '$(printf '%s' "$secret" | sha256sum | cut -c1-64)', now(), now())
          ON CONFLICT (name) DO UPDATE SET credential_sha256 = EXCLUDED.credential_sha256,
            credential_issued_at = now(), revoked_at = NULL, revoked_by = NULL;"
  done
  "${PSQL[@]}" -c "$sql" >/dev/null
}

# make_file, stamp and sha_of: the files a dock uploads (shared with the load benchmark).
# shellcheck source=dock-files.sh
. "$ROOT/evidence-web/bench/dock-files.sh"

# Recorded times a minute long, far enough in the past and distinct per call.
RECORDED_AT=$(($(date -u +%s) - 86400))
next_times() {
  RECORDED_AT=$((RECORDED_AT + 120))
  FROM=$(date -u -d "@$RECORDED_AT" +%Y-%m-%dT%H:%M:%SZ)
  TO=$(date -u -d "@$((RECORDED_AT + 60))" +%Y-%m-%dT%H:%M:%SZ)
}

# Uploads $1 as dock number $2 with SHA-256 $3; prints "<http code> <seconds>" and keeps the answer.
upload() {
  local file=$1 n=$2 sha=$3 answer=$1.answer
  curl -sS -o "$answer" -w '%{http_code} %{time_total}\n' \
    -u "${DOCK_NAMES[$n]}:${DOCK_SECRETS[$n]}" -X POST -T "$file" \
    -H "Content-Type: video/mp4" -H "Expect: 100-continue" -H "Camera-Serial: $CAMERA" \
    -H "Recorded-Start: $FROM" -H "Recorded-End: $TO" -H "Content-SHA256: $sha" "$URL" \
    || echo "000 0"
}

# upload, with what its curl used of the CPU (user and system seconds, as the kernel accounts a
# finished child) written to $4. bash's time keyword reads that accounting without coming between
# curl and anything: curl runs exactly as upload starts it. In a subshell of its own, so the only
# child whose time it counts is curl (and not, say, a sampler that ends meanwhile).
upload_timed() {
  (
    TIMEFORMAT='%3U %3S'
    { time upload "$1" "$2" "$3" 2>&3; } 3>&2 2>"$4"
  )
}

# The store keeps every original; removing the benchmark's own keeps the disk from filling over
# many runs. The database rows stay, which matters to nobody: this is a throwaway portal.
forget_original() {
  find "$DATA/footage/originals" -name "$1.mp4" -delete 2>/dev/null || true
}

# Before each timed step: no dirty pages left over from the last one being written out during
# this one, and the source file in the page cache, so every contender reads it from memory.
settle() {
  sync
  cat "$@" >/dev/null
}

# Samples the server's heap (jstat, one process for the whole sample) and resident memory.
start_sampler() {
  local out=$1
  jstat -gc "$JAVA_PID" 250 >"$out.jstat" 2>/dev/null &
  SAMPLER_PIDS=($!)
  (while sleep 0.25; do awk '/^VmRSS/ { print $2 }' "/proc/$JAVA_PID/status" || exit 0; done) >"$out.rss" 2>/dev/null &
  SAMPLER_PIDS+=($!)
  # jstat is a JVM of its own: let it finish starting before the timed upload, not during it.
  for _ in $(seq 1 40); do
    [ "$(wc -l <"$out.jstat")" -ge 2 ] && break
    sleep 0.25
  done
}

stop_sampler() {
  local p
  for p in "${SAMPLER_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${SAMPLER_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  SAMPLER_PIDS=()
}

# "peak heap used MiB, peak old generation MiB, peak heap committed MiB, peak RSS MiB, full GCs"
# from a sample; heap used is survivors + eden + old.
sample_peaks() {
  local heap rss
  heap=$(awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    $col["EU"] ~ /^[0-9.]+$/ {
      used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]
      committed = $col["S0C"] + $col["S1C"] + $col["EC"] + $col["OC"]
      if (used > u) u = used; if ($col["OU"] > o) o = $col["OU"]; if (committed > c) c = committed
      if (NR == 2) f0 = $col["FGC"]; f = $col["FGC"]
    }
    END { printf "%.0f %.0f %.0f %d", u / 1024, o / 1024, c / 1024, f - f0 }' "$1.jstat")
  rss=$(sort -g "$1.rss" | tail -n 1)
  echo "$heap $((${rss:-0} / 1024))"
}

# CPU accounting for BENCH_CPU. The kernel counts CPU time in clock ticks (CLK_TCK a second, 100
# on Linux), so every figure is good to about 0.01 s per reading.
TICK=$(getconf CLK_TCK)

# "user system irq+softirq steal idle" ticks of the whole machine, all cores, from the cpu line
# of /proc/stat. Busy is user + nice + system + irq + softirq + steal; steal is counted busy because
# a core the hypervisor took was not ours to use either. guest is already inside user. Idle
# includes iowait: a core waiting for the disk could have run something.
machine_ticks() {
  awk '$1 == "cpu" { print $2 + $3, $4, $7 + $8, $9, $5 + $6; exit }' /proc/stat
}

# "jvm children jvm-user jvm-system" ticks of the server: its own threads' user + system
# (fields 14 and 15 of /proc/<pid>/stat), those of the processes it started and has waited for
# (16 and 17: ffprobe, the thumbnail's ffmpeg), then the first two apart. The fields are counted
# after the name in brackets, which may hold spaces.
server_ticks() {
  sed 's/^.*) //' "/proc/$JAVA_PID/stat" | awk '{ print $12 + $13, $14 + $15, $12, $13 }'
}

# Seconds between two readings of the same kind, field $3 (1-based) of each.
tick_seconds() {
  awk -v a="$1" -v b="$2" -v f="$3" -v hz="$TICK" \
    'BEGIN { split(a, x, " "); split(b, y, " "); printf "%.2f", (y[f] - x[f]) / hz }'
}

# Busy seconds of the whole machine between two machine_ticks readings.
machine_busy() {
  awk -v a="$1" -v b="$2" -v hz="$TICK" \
    'BEGIN { split(a, x, " "); split(b, y, " "); printf "%.2f", (y[1] + y[2] + y[3] + y[4] - x[1] - x[2] - x[3] - x[4]) / hz }'
}

# What the machine and the server use while we do nothing, over $1 seconds: "<machine busy
# cores> <server cores>". On this shared machine another engineer's build shows up here; it
# comes and goes, so this only flags a run as disturbed, it cannot be subtracted.
background_cores() {
  local m0 s0 m1 s1
  m0=$(machine_ticks); s0=$(server_ticks)
  sleep "$1"
  m1=$(machine_ticks); s1=$(server_ticks)
  awk -v m="$(machine_busy "$m0" "$m1")" -v s="$(tick_seconds "$s0" "$s1" 1)" -v t="$1" \
    'BEGIN { printf "%.2f %.2f", m / t, s / t }'
}

# One upload's CPU from the readings around it ($1 $2 machine, $3 $4 server), curl's time ($5),
# the upload's wall seconds ($6) and the background before it ($7): "<machine busy> <server JVM>
# <its children> <curl> <rest> <the same in words>". The rest is the machine's busy time that
# is neither the server's nor curl's: the kernel's own threads (the flusher, ksoftirqd) and
# whatever else was running. Kernel work done while curl or the server is on a CPU, loopback
# softirq included, is counted in their system time (and in the machine's irq+softirq too).
single_cpu() {
  local busy server child curl rest words cu cs
  busy=$(machine_busy "$1" "$2")
  server=$(tick_seconds "$3" "$4" 1)
  child=$(tick_seconds "$3" "$4" 2)
  read -r cu cs < <(tail -n 1 "$5")
  curl=$(awk -v u="$cu" -v s="$cs" 'BEGIN { printf "%.2f", u + s }')
  rest=$(awk -v b="$busy" -v j="$server" -v c="$child" -v k="$curl" 'BEGIN { printf "%.2f", b - j - c - k }')
  words=$(awk -v b="$busy" -v w="$6" -v bg="$7" 'BEGIN {
      split(bg, g, " ")
      printf "%.2f cores on average; quiet moment before: machine %.2f cores busy, server %.2f", b / w, g[1], g[2] }')
  printf '%s %s %s %s %s machine busy %s s (user %s, system %s, irq+softirq %s, steal %s; %s); server JVM %s s (user %s, system %s), its child processes %s s; curl %s s (user %s, system %s); the rest %s s\n' \
    "$busy" "$server" "$child" "$curl" "$rest" "$busy" \
    "$(tick_seconds "$1" "$2" 1)" "$(tick_seconds "$1" "$2" 2)" "$(tick_seconds "$1" "$2" 3)" "$(tick_seconds "$1" "$2" 4)" "$words" \
    "$server" "$(tick_seconds "$3" "$4" 3)" "$(tick_seconds "$3" "$4" 4)" "$child" "$curl" "$cu" "$cs" "$rest"
}

check_answer() {
  local code=$1 what=$2
  if [ "$code" != 201 ]; then
    record "ERROR: $what answered HTTP $code: $(cat "$3" 2>/dev/null || true)"
    ERRORS=$((ERRORS + 1))
  fi
}

ERRORS=0

# A few uploads before any timing, so that the first measured one does not pay for class loading
# and the JIT compiling the upload path.
warm_up() {
  local file=$FILES/warm-up.mp4 run sha code secs
  make_file "$file" "$WARM_MB"
  for run in $(seq 1 "$WARM_UPS"); do
    stamp "$file" "warm-up-$run"
    sha=$(sha_of "$file")
    next_times
    read -r code secs < <(upload "$file" 0 "$sha")
    [ "$code" = 201 ] || fail "the warm-up upload was refused (HTTP $code): $(cat "$file.answer")"
    forget_original "$sha"
  done
  rm -f "$file"
}

# Target 1: one large upload against cp and openssl dgst of the same file.
bench_single() {
  local file=$FILES/single.mp4 bytes run t sha code secs peaks
  local cps=() syncs=() dgsts=() ups=() loads=() peaks_all=()
  local m0 m1 s0 s1 cpu_line up_busy server child curl rest cp_busys=() up_busys=() servers=() childs=() curls=() rests=() backs=() cores=()
  make_file "$file" "$BIG_MB"
  bytes=$(stat -c %s "$file")
  for run in $(seq 1 "$RUNS"); do
    stamp "$file" "single-$run"
    settle "$file"
    loads+=("$(loadavg)")
    t=$(now_ns); sha=$(sha_of "$file"); dgsts+=("$(seconds_since "$t")")
    settle "$file"
    ! cpu_on || m0=$(machine_ticks)
    t=$(now_ns); cp "$file" "$DATA/cp-copy"; cps+=("$(seconds_since "$t")")
    # The server forces an upload to disk before it calls it stored; cp does not, so the flush
    # of the copy is timed too, for the comparison that costs both the same.
    t=$(now_ns); sync "$DATA/cp-copy"; syncs+=("$(seconds_since "$t")")
    ! cpu_on || { m1=$(machine_ticks); cp_busys+=("$(machine_busy "$m0" "$m1")"); }
    rm -f "$DATA/cp-copy"
    settle "$file"
    next_times
    start_sampler "$FILES/single-$run"
    # With the sampler already running, so that what it costs is in the background too.
    ! cpu_on || backs+=("$(background_cores 3)")
    [ "${BENCH_PROFILE:-0}" != 1 ] \
      || jcmd "$JAVA_PID" JFR.start name=single settings=profile "filename=${RESULTS%.txt}-upload-single.jfr" >/dev/null
    if cpu_on; then
      # Into a file, not through < <(...): read would go on as soon as curl's line came, before
      # the time keyword had written curl's CPU, and before the last ticks were counted.
      m0=$(machine_ticks); s0=$(server_ticks)
      upload_timed "$file" 0 "$sha" "$FILES/single-$run.curl-cpu" >"$FILES/single-$run.result"
      s1=$(server_ticks); m1=$(machine_ticks)
      read -r code secs <"$FILES/single-$run.result"
    else
      read -r code secs < <(upload "$file" 0 "$sha")
    fi
    [ "${BENCH_PROFILE:-0}" != 1 ] || jcmd "$JAVA_PID" JFR.stop name=single >/dev/null
    stop_sampler
    peaks_all+=("$(sample_peaks "$FILES/single-$run")")
    check_answer "$code" "upload of $file (run $run)" "$file.answer"
    ups+=("$secs")
    forget_original "$sha"
    record "single run $run: load ${loads[-1]}; openssl ${dgsts[-1]} s, cp ${cps[-1]} s (+fsync ${syncs[-1]} s), upload $secs s HTTP $code; heap/old/committed/full-GCs/RSS ${peaks_all[-1]}"
    if cpu_on; then
      cpu_line=$(single_cpu "$m0" "$m1" "$s0" "$s1" "$FILES/single-$run.curl-cpu" "$secs" "${backs[-1]}")
      read -r up_busy server child curl rest _ <<<"$cpu_line"
      up_busys+=("$up_busy"); servers+=("$server"); childs+=("$child"); curls+=("$curl"); rests+=("$rest")
      cores+=("$(ratio "$up_busy" "$secs")")
      t=$(awk -v a="${cps[-1]}" -v b="${syncs[-1]}" 'BEGIN { printf "%.3f", a + b }')
      record "single run $run CPU: cp+fsync wall $t s, machine busy ${cp_busys[-1]} s, budget $(nproc) cores x 1.25 x $t s = $(awk -v n="$(nproc)" -v s="$t" 'BEGIN { printf "%.2f", n * 1.25 * s }') s; upload wall $secs s, $(cut -d' ' -f6- <<<"$cpu_line")"
    fi
  done
  local m_cp m_sync m_dgst m_up slower cpsync=() i
  for i in "${!cps[@]}"; do cpsync+=("$(awk -v a="${cps[$i]}" -v b="${syncs[$i]}" 'BEGIN { print a + b }')"); done
  m_cp=$(median "${cps[@]}"); m_sync=$(median "${cpsync[@]}"); m_dgst=$(median "${dgsts[@]}"); m_up=$(median "${ups[@]}")
  slower=$(awk -v a="$m_cp" -v b="$m_dgst" 'BEGIN { print (a > b) ? a : b }')
  SUMMARY+=("1 upload of $BIG_MB MiB|median of $RUNS: upload $m_up s ($(mbps "$bytes" "$m_up") MiB/s); cp $m_cp s ($(mbps "$bytes" "$m_cp") MiB/s); cp+fsync $m_sync s; openssl dgst -sha256 $m_dgst s ($(mbps "$bytes" "$m_dgst") MiB/s); upload / slower of cp, openssl = $(ratio "$m_up" "$slower")x (target <= 1.3x); upload / cp+fsync = $(ratio "$m_up" "$m_sync")x")
  if cpu_on; then
    # All the machine's cores for the target's time: the most CPU an upload meeting the target
    # could have had.
    local budget m_busy own=() least
    budget=$(awk -v n="$(nproc)" -v s="$m_sync" 'BEGIN { printf "%.2f", n * 1.25 * s }')
    m_busy=$(median "${up_busys[@]}")
    record "single CPU budget: $(nproc) cores x 1.25 x median cp+fsync $m_sync s = $budget s of CPU"
    # Others' work only adds to the machine's busy time and to cp's wall time, so the least of
    # each is the figure least disturbed; and curl's and the server's own time is theirs alone.
    for i in "${!up_busys[@]}"; do
      own+=("$(awk -v a="${servers[$i]}" -v b="${childs[$i]}" -v c="${curls[$i]}" 'BEGIN { print a + b + c }')")
    done
    least=$(printf '%s\n' "${cpsync[@]}" | sort -g | head -n 1)
    record "single CPU least disturbed: machine busy during an upload at least $(printf '%s\n' "${up_busys[@]}" | sort -g | head -n 1) s; server + its children + curl median $(median "${own[@]}") s, least $(printf '%s\n' "${own[@]}" | sort -g | head -n 1) s; fastest cp+fsync $least s, budget $(nproc) x 1.25 x $least = $(awk -v n="$(nproc)" -v s="$least" 'BEGIN { printf "%.2f", n * 1.25 * s }') s"
    SUMMARY+=("1 CPU of the upload of $BIG_MB MiB|median of $RUNS: machine busy $m_busy s during the upload ($(ratio "$m_busy" "$budget") of the budget of $budget s = $(nproc) cores x 1.25 x cp+fsync $m_sync s; $(median "${cores[@]}") cores busy on average): server JVM $(median "${servers[@]}") s, its child processes $(median "${childs[@]}") s, curl $(median "${curls[@]}") s, the rest (kernel threads, everything else running) $(median "${rests[@]}") s; cp+fsync machine busy $(median "${cp_busys[@]}") s")
  fi
  rm -f "$file"
}

# Target 2: a 4 GB upload with the server at a small heap; memory sampled throughout.
bench_memory() {
  local file=$FILES/huge.mp4 bytes run sha code secs peak h o r ok=0 ups=() heaps=() rsss=() olds=()
  make_file "$file" "$HUGE_MB"
  bytes=$(stat -c %s "$file")
  local before
  before=$(awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$JAVA_PID/status")
  for run in $(seq 1 "$RUNS"); do
    stamp "$file" "huge-$run"
    sha=$(sha_of "$file")
    settle "$file"
    next_times
    local load
    load=$(loadavg)
    start_sampler "$FILES/huge-$run"
    read -r code secs < <(upload "$file" 0 "$sha")
    stop_sampler
    peak=$(sample_peaks "$FILES/huge-$run")
    check_answer "$code" "upload of $file (run $run)" "$file.answer"
    [ "$code" = 201 ] && ok=$((ok + 1))
    forget_original "$sha"
    ups+=("$secs")
    read -r h o _ _ r <<<"$peak"
    heaps+=("$h"); olds+=("$o"); rsss+=("$r")
    record "memory run $run: load $load; upload $secs s HTTP $code; peak heap used $h MiB, old gen $o MiB, heap committed $(cut -d' ' -f3 <<<"$peak") MiB, full GCs $(cut -d' ' -f4 <<<"$peak"), peak RSS $r MiB"
  done
  SUMMARY+=("2 upload of $HUGE_MB MiB at $JAVA_OPTS|$ok of $RUNS answered 201; median upload $(median "${ups[@]}") s ($(mbps "$bytes" "$(median "${ups[@]}")") MiB/s); peak heap used $(whole "$(median "${heaps[@]}")") MiB median, $(printf '%s\n' "${heaps[@]}" | sort -g | tail -n 1) MiB max; old gen peak $(printf '%s\n' "${olds[@]}" | sort -g | tail -n 1) MiB max; RSS $before MiB before, peak $(whole "$(median "${rsss[@]}")") MiB median, $(printf '%s\n' "${rsss[@]}" | sort -g | tail -n 1) MiB max")
  rm -f "$file"
}

# Target 3: $DOCKS docks at once, each its own file and credential, against one stream of the
# same total.
bench_concurrent() {
  local total_mb=$((DOCKS * DOCK_MB)) one=$FILES/one-stream.mp4 i run t secs code load
  local files=() shas=() walls=() singles=() peaks
  for i in $(seq 0 $((DOCKS - 1))); do
    files+=("$FILES/dock-$i.mp4")
    make_file "${files[$i]}" "$DOCK_MB"
  done
  make_file "$one" "$total_mb"
  for run in $(seq 1 "$RUNS"); do
    stamp "$one" "one-$run"
    sha=$(sha_of "$one")
    settle "$one"
    next_times
    load=$(loadavg)
    read -r code secs < <(upload "$one" 0 "$sha")
    check_answer "$code" "single-stream upload (run $run)" "$one.answer"
    forget_original "$sha"
    singles+=("$secs")
    record "one stream run $run: load $load; $total_mb MiB in $secs s HTTP $code"

    shas=()
    for i in "${!files[@]}"; do
      stamp "${files[$i]}" "docks-$run"
      shas+=("$(sha_of "${files[$i]}")")
    done
    settle "${files[@]}"
    load=$(loadavg)
    start_sampler "$FILES/docks-$run"
    local curls=()
    t=$(now_ns)
    for i in "${!files[@]}"; do
      next_times
      upload "${files[$i]}" "$i" "${shas[$i]}" >"${files[$i]}.result" &
      curls+=($!)
    done
    wait "${curls[@]}"
    secs=$(seconds_since "$t")
    stop_sampler
    peaks=$(sample_peaks "$FILES/docks-$run")
    walls+=("$secs")
    local ok=0 slowest=0
    for i in "${!files[@]}"; do
      read -r code s <"${files[$i]}.result"
      check_answer "$code" "dock ${DOCK_NAMES[$i]} (run $run)" "${files[$i]}.answer"
      [ "$code" = 201 ] && ok=$((ok + 1))
      slowest=$(awk -v a="$slowest" -v b="$s" 'BEGIN { print (b > a) ? b : a }')
      forget_original "${shas[$i]}"
    done
    record "$DOCKS docks run $run: load $load; $ok of $DOCKS answered 201; all done in $secs s (slowest $slowest s); heap/old/committed/full-GCs/RSS $peaks"
  done
  local m_wall m_one
  m_wall=$(median "${walls[@]}"); m_one=$(median "${singles[@]}")
  SUMMARY+=("3 $DOCKS docks x $DOCK_MB MiB at once|median of $RUNS: $DOCKS streams $m_wall s ($(mbps $((total_mb * MIB)) "$m_wall") MiB/s aggregate); one stream of $total_mb MiB $m_one s ($(mbps $((total_mb * MIB)) "$m_one") MiB/s); aggregate / one stream = $(ratio "$m_one" "$m_wall")")
  rm -f "${files[@]}" "$one"
}

main() {
  case "${BENCH_ONLY:-}" in
    "" | single | memory | concurrent) ;;
    *) fail "BENCH_ONLY is single, memory or concurrent (it is '$BENCH_ONLY')." ;;
  esac
  command -v ffmpeg >/dev/null || fail "needs ffmpeg (apt-get install ffmpeg), to make the MP4 the test files start with."
  for tool in curl openssl jstat pgrep dd; do
    command -v "$tool" >/dev/null || fail "needs $tool on PATH."
  done
  mkdir -p "$FILES" "$DATA"
  RESULTS=$DATA/bench-results-$(date -u +%Y%m%dT%H%M%SZ).txt
  trap stop_portal EXIT
  trap 'exit 130' INT TERM
  start_portal
  seed_docks
  record "BWV Evidence dock-upload benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  record "machine: $(nproc) cores, $(awk '/^MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1); Payara Micro $JAVA_OPTS; load at start $(loadavg)"
  local severe_before
  severe_before=$(grep -c SEVERE "$DATA/payara.log" || true)
  warm_up
  case "${BENCH_ONLY:-}" in
    "") bench_single; bench_memory; bench_concurrent ;;
    *) "bench_$BENCH_ONLY" ;;
  esac
  local severe_after
  severe_after=$(grep -c SEVERE "$DATA/payara.log" || true)
  record ""
  record "target|result"
  local row
  for row in "${SUMMARY[@]}"; do record "$row"; done
  record "HTTP errors: $ERRORS; SEVERE lines in payara.log during the benchmark: $((severe_after - severe_before)); load at end $(loadavg)"
  say "Results kept in $RESULTS"
  [ "$ERRORS" -eq 0 ] || fail "$ERRORS uploads were refused or failed; see $RESULTS and $DATA/payara.log."
}

main
