#!/usr/bin/env bash
# Benchmarks the deletion sweep (DeletionSweep / SweepSteps) end to end in the real server, against
# rm of the same files plus one bare SQL DELETE of the same rows.
#
#   evidence-domain/bench/sweep-bench.sh [--count N] [--out DIR] [--java-opts "..."]
#                                        [--only baseline|sweep] [--quiet-fixity] [--profile]
#                                        [--footage-dir DIR] [--baseline-runs N] [--timeout S]
#                                        [--catch-up-after DURATION] [--keep] [--smoke]
#
# --smoke is the smallest run that still goes through every step (20 recordings, one baseline run,
# the catch-up sweep 1 s after start-up, output in target/bench-smoke/sweep): ./bwv test runs it
# so the script cannot rot. Options after it still apply.
#
# What it does, on a fresh clone, with nothing but a JDK 17 and Debian's PostgreSQL:
#   1. builds the WAR (offline, `package`, so ~/.m2 is left alone) and the helper beside this script;
#   2. starts a private PostgreSQL (trust auth, a free port, data under /var/tmp) with fsync ON and
#      otherwise default settings (synchronous_commit on, shared_buffers 128MB);
#   3. baseline: applies the schema with Flyway (as the server would), writes N small originals and
#      thumbnails at the paths FootageStore uses and N due recordings that name them, then times
#      `xargs rm` of exactly those files and one `DELETE FROM recording WHERE deletion_due_at <=
#      now()` in psql (\timing);
#   4. sweep: a new database and the same files again, then Payara Micro with the WAR, whose
#      catch-up sweep starts 30 s after start-up (--catch-up-after). Timed from the sweep's own
#      start (every row it claims carries that instant in deleting_since) to the last deletion
#      record's deleted_at;
#      jstat -gc and a GC log sample the heap, /proc the CPU of Payara Micro and of PostgreSQL;
#   5. checks: N deletion records, no recording rows, no files left, N FOOTAGE_DELETED audit events,
#      the audit hash chain intact (recomputed from the rows);
#   6. stops Payara Micro and PostgreSQL and removes the data and the files (unless --keep).
#
# The server runs as configured, so its fixity check (every 5 minutes, up to 4 minutes at 50 MiB/s)
# runs during the sweep as it would in service; --quiet-fixity slows it to 1 KiB/s
# (EVIDENCE_FIXITY_BYTES_PER_SECOND=1024) to measure the sweep on its own.
# --profile also loads pg_stat_statements (where the database's time went) and records the server
# with JFR (where the sweep's thread spent its time).
# --footage-dir DIR puts the footage store in a new directory under DIR (default: beside the
# database under /var/tmp), e.g. /dev/shm to see the sweep where removing a file costs next to nothing.
# Results go to --out (default /tmp/sweep-bench-<time>): results.md and the logs.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

COUNT=100000
OUT=""
JAVA_OPTS="-Xmx256m"
ONLY=""
PROFILE=false
QUIET_FIXITY=false
TIMEOUT=7200
KEEP=false
FOOTAGE_DIR=""
BASELINE_RUNS=3
CATCH_UP_AFTER=PT30S

while [ $# -gt 0 ]; do
  case "$1" in
    --count) COUNT=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --java-opts) JAVA_OPTS=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    --profile) PROFILE=true; shift ;;
    --quiet-fixity) QUIET_FIXITY=true; shift ;;
    --timeout) TIMEOUT=$2; shift 2 ;;
    --keep) KEEP=true; shift ;;
    --footage-dir) FOOTAGE_DIR=$2; shift 2 ;;
    --baseline-runs) BASELINE_RUNS=$2; shift 2 ;;
    --catch-up-after) CATCH_UP_AFTER=$2; shift 2 ;;
    --smoke) COUNT=20; BASELINE_RUNS=1; CATCH_UP_AFTER=PT1S; OUT=$ROOT/target/bench-smoke/sweep; shift ;;
    *) echo "sweep-bench: unknown option $1" >&2; exit 2 ;;
  esac
done
[[ "$COUNT" =~ ^[1-9][0-9]*$ ]] || { echo "sweep-bench: --count must be a whole number" >&2; exit 2; }
case "$ONLY" in ""|baseline|sweep) ;; *) echo "sweep-bench: --only baseline or sweep" >&2; exit 2 ;; esac
OUT=${OUT:-/tmp/sweep-bench-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
RESULTS=$OUT/results.md
: >"$RESULTS"

# shellcheck source=bench-lib.sh
. "$HERE/bench-lib.sh"
# The share of time some task was stalled on I/O over the last 10 s (Linux PSI), where available.
iopressure() { awk '/^some/ { sub("avg10=", "", $2); print $2 "%"; exit }' /proc/pressure/io 2>/dev/null || echo "?"; }

for tool in java javac jstat jcmd curl xargs find awk; do
  command -v "$tool" >/dev/null || fail "needs $tool on PATH"
done

# --- PostgreSQL binaries; as root the server runs as the postgres user (it refuses root). This
# script starts its own cluster below (its data beside the footage, with WAL statistics). ---
# shellcheck source=private-postgres.sh
. "$HERE/private-postgres.sh"
find_postgres

# Everything big (database, footage, Payara's root) lives in one directory, removed at the end.
WORK=$(mktemp -d /var/tmp/sweep-bench.XXXXXX)
chmod 755 "$WORK"
mkdir -p "$WORK/pg"
[ ${#PG_AS[@]} -eq 0 ] || chown postgres "$WORK/pg"
STORE=$WORK/footage
if [ -n "$FOOTAGE_DIR" ]; then
  mkdir -p "$FOOTAGE_DIR"
  STORE_PARENT=$(mktemp -d "$FOOTAGE_DIR/sweep-bench-footage.XXXXXX")
  STORE=$STORE_PARENT/footage
fi
PG_STARTED=false
PAYARA_PID=""
SAMPLER_PIDS=()

stop_samplers() {
  local p
  for p in "${SAMPLER_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${SAMPLER_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  SAMPLER_PIDS=()
}

stop_payara() {
  if [ -n "$PAYARA_PID" ] && kill -0 "$PAYARA_PID" 2>/dev/null; then
    kill -TERM "$PAYARA_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$PAYARA_PID" 2>/dev/null || break; sleep 1; done
    kill -KILL "$PAYARA_PID" 2>/dev/null || true
    wait "$PAYARA_PID" 2>/dev/null || true
  fi
  PAYARA_PID=""
}

cleanup() {
  trap - EXIT INT TERM
  set +e
  stop_samplers
  stop_payara
  if $PG_STARTED; then
    cp "$WORK/pg/postgres.log" "$OUT/postgres.log" 2>/dev/null
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1
  fi
  if $KEEP; then
    say "Kept $WORK (database stopped; start it with ${PG_AS[*]} $PG_BIN/pg_ctl -D $WORK/pg/data start)"
  else
    rm -rf "$WORK" "${STORE_PARENT:-}"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- Build: package the WAR (no install, so ~/.m2 is left as it was) and each module's classpath. ---
# shellcheck source=server-build.sh
. "$HERE/server-build.sh"
build_war "$HERE/src/SweepBenchTool.java"
TOOL=(java -cp "$OUT/classes:$CP" uk.council.evidence.retention.bench.SweepBenchTool)

# --- A private PostgreSQL, fsync on: the sweep commits once per recording, so it matters. ---
PG_PORT=$(free_port "${BENCH_PG_PORT:-55620}")
PG_OPTS="-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c fsync=on -c track_wal_io_timing=on"
if $PROFILE; then
  PG_OPTS="$PG_OPTS -c shared_preload_libraries=pg_stat_statements -c track_io_timing=on"
fi
say "Starting PostgreSQL $(basename "$(dirname "$PG_BIN")") on 127.0.0.1:$PG_PORT (data in $WORK/pg)"
"${PG_AS[@]}" "$PG_BIN/initdb" -D "$WORK/pg/data" -U evidence --auth=trust -E UTF8 --locale=C.UTF-8 \
  >"$OUT/initdb.log" 2>&1 || fail "initdb failed; see $OUT/initdb.log"
"${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/postgres.log" -w -t 60 -o "$PG_OPTS" start \
  >/dev/null || fail "PostgreSQL did not start; see $WORK/pg/postgres.log"
PG_STARTED=true
PG_PM=$(head -n 1 "$WORK/pg/data/postmaster.pid")
PSQL=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U evidence)
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/evidence"
q() { "${PSQL[@]}" -d evidence -tAc "$1"; }

CLK_TCK=$(getconf CLK_TCK)
# CPU seconds (user + system) of the cluster: the postmaster, its live children, and its reaped ones.
pg_ticks() {
  # getline, not awk's own input: a process that ends while being read must not stop the count.
  awk -v pm="$PG_PM" 'BEGIN {
    for (i = 1; i < ARGC; i++) {
      if ((getline line < ARGV[i]) > 0) {
        split(line, x, " ")
        if (x[1] == pm) t += x[14] + x[15] + x[16] + x[17]; else if (x[4] == pm) t += x[14] + x[15]
      }
      close(ARGV[i])
    }
    print t + 0
  }' /proc/[0-9]*/stat 2>/dev/null
}
# Nanoseconds on a CPU and waiting for one (runnable, not running), summed over the cluster's live
# processes (the server's pooled connections live as long as the pool).
pg_sched() {
  awk -v pm="$PG_PM" 'BEGIN {
    for (i = 1; i < ARGC; i++) {
      if ((getline line < ARGV[i]) > 0) {
        split(line, x, " ")
        if (x[4] == pm) { f = "/proc/" x[1] "/schedstat"; if ((getline st < f) > 0) { split(st, y, " "); run += y[1]; wait += y[2] } close(f) }
      }
      close(ARGV[i])
    }
    printf "%.0f %.0f\n", run, wait
  }' /proc/[0-9]*/stat 2>/dev/null
}
proc_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }

record "# Deletion-sweep benchmark"
record ""
record "$COUNT due recordings (rows and small files). $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)."
record ""
record "- machine: $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $(awk '/^MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(df -T "$WORK" | awk 'NR == 2 { print $2 " on " $1 }') for the database$([ -n "$FOOTAGE_DIR" ] && df -T "$STORE_PARENT" | awk 'NR == 2 { print ", " $2 " (" $1 ") for the footage" }' || echo " and the footage")"
record "- PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }'): $("${PSQL[@]}" -d postgres -tAc "SELECT string_agg(name || '=' || current_setting(name), ', ' ORDER BY name) FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'wal_sync_method', 'shared_buffers', 'full_page_writes', 'max_wal_size')")"
record "- $(java -version 2>&1 | head -n 1); Payara Micro at $JAVA_OPTS"
record "- load average at start: $(loadavg)"
record ""

# --- Data: a fresh database, the schema, N files, N due recordings that name them. ---
FILES_CSV=$WORK/files.csv
FILES_LIST=$WORK/files.list
prepare() {
  local what=$1 tag=${1// /-}
  say "[$what] Fresh database, schema (Flyway), $COUNT files and rows..."
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS evidence" -c "CREATE DATABASE evidence" >/dev/null
  "${TOOL[@]}" migrate --url "$DB_URL" --user evidence >>"$OUT/prepare-$tag.log" 2>&1 \
    || fail "migration failed; see $OUT/prepare-$what.log"
  rm -rf "$STORE"
  mkdir -p "$STORE"
  "${TOOL[@]}" files --root "$STORE" --count "$COUNT" --csv "$FILES_CSV" --paths "$FILES_LIST" \
    | tee -a "$OUT/prepare-$tag.log" | sed "s/^/[$what] /" || fail "file generation failed"
  q "CREATE TABLE bench_file (id bigint, sha256 char(64), size_bytes bigint, has_thumbnail boolean)"
  "${PSQL[@]}" -d evidence -c "\\copy bench_file FROM '$FILES_CSV' WITH (FORMAT csv)" >/dev/null
  "${PSQL[@]}" -d evidence -f "$HERE/sweep-data.sql" >>"$OUT/prepare-$tag.log" 2>&1 \
    || fail "data generation failed; see $OUT/prepare-$what.log"
  "${PSQL[@]}" -d evidence -c 'VACUUM (ANALYZE)' >/dev/null
  local due
  due=$(q "SELECT count(*) FROM recording WHERE deletion_due_at <= now() AND deleting_since IS NULL")
  [ "$due" -eq "$COUNT" ] || fail "expected $COUNT due recordings, found $due"
  # Nothing left over from loading for the timed part to pay for: dirty pages, WAL, buffers.
  q "CHECKPOINT" >/dev/null
  sync
  say "[$what] $due due recordings, $(tr -cd '\0' <"$FILES_LIST" | wc -c) files ($(du -sh "$STORE" | cut -f1) on disk); load $(loadavg); I/O stall $(iopressure)"
}

# --- Baseline: rm of the same files, then one bare DELETE; --baseline-runs times, median. ---
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%.3f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
RM_S=""; DELETE_S=""
baseline() {
  local run rms=() deletes=() lines=()
  for run in $(seq 1 "$BASELINE_RUNS"); do
    prepare "baseline $run"
    local load t rm_s left out delete_s deleted
    load="$(loadavg); I/O stall $(iopressure)"
    t=$(now_s)
    xargs -0 rm -f <"$FILES_LIST"
    rm_s=$(calc "$(now_s) - $t" 3)
    left=$(find "$STORE" -type f | wc -l)
    sync
    out=$("$PG_BIN/psql" -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U evidence -d evidence \
      -c '\timing on' -c 'DELETE FROM recording WHERE deletion_due_at <= now()')
    printf '%s\n' "$out" >"$OUT/baseline-$run-delete.txt"
    delete_s=$(printf '%s\n' "$out" | awk '/^Time:/ { printf "%.3f", $2 / 1000 }')
    deleted=$(printf '%s\n' "$out" | awk '/^DELETE/ { print $2 }')
    rms+=("$rm_s"); deletes+=("$delete_s")
    lines+=("| $run | $load | $rm_s ($left files left) | $delete_s ($deleted rows) | $(calc "$rm_s + $delete_s" 3) |")
    say "[baseline $run] rm $rm_s s, DELETE $delete_s s; load $(loadavg)"
  done
  RM_S=$(median "${rms[@]}"); DELETE_S=$(median "${deletes[@]}")
  record "## Baseline: \`xargs -0 rm -f\` of the $(tr -cd '\0' <"$FILES_LIST" | wc -c) files by name, then one \`DELETE FROM recording WHERE deletion_due_at <= now()\` in psql (\\timing; autocommit, so its commit and fsync are in it)"
  record ""
  record "| run | load at start; I/O stall (PSI some, 10 s) | rm s | DELETE s | together s |"
  record "|---:|---|---:|---:|---:|"
  local line
  for line in "${lines[@]}"; do record "$line"; done
  record "| median | | $RM_S | $DELETE_S | $(calc "$RM_S + $DELETE_S" 3) |"
  record ""
}

# --- The sweep, in the real server. ---
SWEEP_S=""
CHECKS_OK=true
sweep() {
  prepare sweep
  local http_port
  http_port=$(free_port "${BENCH_HTTP_PORT:-18480}")
  mkdir -p "$WORK/micro"
  local wal_before commits_before
  wal_before=$(q "SELECT wal_records || ' ' || wal_bytes || ' ' || wal_sync || ' ' || wal_sync_time || ' ' || wal_write FROM pg_stat_wal")
  commits_before=$(q "SELECT xact_commit FROM pg_stat_database WHERE datname = 'evidence'")
  if $PROFILE; then q "CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset()" >/dev/null; fi

  say "[sweep] Starting Payara Micro on port $http_port with $JAVA_OPTS (log: $OUT/payara.log)..."
  local started=$SECONDS
  local fixity_env=()
  $QUIET_FIXITY && fixity_env=(EVIDENCE_FIXITY_BYTES_PER_SECOND=1024)
  # Unquoted on purpose: JAVA_OPTS holds several options.
  env "${fixity_env[@]}" EVIDENCE_DB_URL=$DB_URL EVIDENCE_DB_USER=evidence EVIDENCE_DB_PASSWORD=evidence \
    EVIDENCE_STORAGE_ROOT=$STORE EVIDENCE_SERVER_ID=bench EVIDENCE_DEMO_ENABLED=false \
    EVIDENCE_RETENTION_SWEEP_CATCH_UP_AFTER=$CATCH_UP_AFTER \
    java $JAVA_OPTS -Xlog:gc:file="$OUT/gc.log":timemillis,uptime \
    -jar "$MICRO" --nocluster --rootDir "$WORK/micro" --port "$http_port" --deploy "$WAR" \
    >"$OUT/payara.log" 2>&1 &
  PAYARA_PID=$!

  # Samplers, from launch (under load the catch-up sweep can start before the deployment reports
  # ready): jstat (one process for the whole run, once the JVM accepts it) and, every second, the
  # load, the RSS and the CPU of Payara Micro and PostgreSQL from /proc.
  local jvm_start_epoch
  jvm_start_epoch=$(awk -v tck="$CLK_TCK" -v btime="$(awk '/^btime/ { print $2 }' /proc/stat)" \
    '{ printf "%.2f", btime + $22 / tck }' "/proc/$PAYARA_PID/stat")
  (
    while kill -0 "$PAYARA_PID" 2>/dev/null; do
      printf '%s %s %s %s %s %s\n' "$(date +%s.%N)" "$(cut -d' ' -f1 /proc/loadavg)" \
        "$(awk '/^VmRSS/ { print $2 }' "/proc/$PAYARA_PID/status" 2>/dev/null)" \
        "$(proc_ticks "$PAYARA_PID")" "$(pg_ticks)" "$(iopressure | tr -d '%')"
      sleep 1
    done
  ) >"$OUT/samples.txt" 2>/dev/null &
  SAMPLER_PIDS+=($!)

  local ready_at="" ready_line="" jstat_on=false jfr_on=false
  local sweep_tid="" sched_start="" sched_end=""
  local sweep_start="" deadline=$((SECONDS + TIMEOUT)) last_note=$SECONDS done_line="" recs dels
  while :; do
    kill -0 "$PAYARA_PID" 2>/dev/null || { grep -E "SEVERE|Caused by" "$OUT/payara.log" | tail -n 8 >&2; fail "Payara Micro stopped; see $OUT/payara.log"; }
    if ! $jstat_on && [ $((SECONDS - started)) -ge 3 ]; then
      jstat -gc -t "$PAYARA_PID" 1000 >"$OUT/jstat.txt" 2>"$OUT/jstat.err" &
      local jstat_pid=$!
      sleep 1.5
      if kill -0 "$jstat_pid" 2>/dev/null; then SAMPLER_PIDS+=("$jstat_pid"); jstat_on=true; fi
    fi
    if $PROFILE && ! $jfr_on && [ $((SECONDS - started)) -ge 3 ] \
      && jcmd "$PAYARA_PID" JFR.start name=sweep settings=profile filename="$OUT/sweep.jfr" >"$OUT/jfr.log" 2>&1; then
      jfr_on=true
    fi
    if [ -z "$ready_at" ] && grep -q "Payara Micro .* ready in" "$OUT/payara.log" 2>/dev/null; then
      ready_at=$(date +%s.%N)
      ready_line=$(grep -o "Payara Micro [^ ]* (build [0-9]*) ready in [0-9,]* (ms)" "$OUT/payara.log" | head -n 1 || true)
      curl -fsS -o "$OUT/health.json" "http://127.0.0.1:$http_port/health" \
        || fail "the portal is up but not healthy: $(cat "$OUT/health.json" 2>/dev/null)"
      say "[sweep] Payara Micro ready in $((SECONDS - started)) s (pid $PAYARA_PID); the catch-up sweep starts $CATCH_UP_AFTER after the sweep's timer is set up during deployment"
    fi
    [ -z "$ready_at" ] && [ $((SECONDS - started)) -gt 900 ] && fail "Payara Micro did not start in 15 minutes; see $OUT/payara.log"
    if [ -z "$sweep_start" ]; then
      # Every row the sweep claims carries the sweep's start instant in deleting_since.
      sweep_start=$(q "SELECT extract(epoch FROM min(deleting_since)) FROM recording WHERE deleting_since IS NOT NULL")
      if [ -n "$sweep_start" ]; then
        # The thread running the sweep, for its own scheduler statistics (on CPU, runnable, asleep).
        sweep_tid=$(jcmd "$PAYARA_PID" Thread.print 2>/dev/null | awk '/^"/ { nid = "" ; if (match($0, /nid=0x[0-9a-f]+/)) nid = substr($0, RSTART + 6, RLENGTH - 6) }
          /DeletionSweep\.sweep/ && nid != "" { print nid; exit }' || true)
        if [ -n "$sweep_tid" ]; then
          sweep_tid=$((16#$sweep_tid))
          sched_start="$(date +%s.%N) $(cat "/proc/$PAYARA_PID/task/$sweep_tid/schedstat" 2>/dev/null) $(pg_sched)"
        fi
        say "[sweep] The sweep started at $(date -u -d "@$sweep_start" +%H:%M:%S.%N | cut -c1-12), $(calc "$sweep_start - $jvm_start_epoch" 1) s after Payara Micro was launched$([ -n "$ready_at" ] && echo " ($(calc "$sweep_start - $ready_at" 1) s after it was ready)" || echo ", before it reported ready"); load $(loadavg)"
      elif [ $((SECONDS - started)) -gt 900 ]; then
        fail "no sweep started within 15 minutes of launch; see $OUT/payara.log"
      fi
    fi
    done_line=$(grep -m 1 "Deletion sweep removed" "$OUT/payara.log" || true)
    [ -n "$done_line" ] && break
    [ $SECONDS -gt $deadline ] && fail "the sweep did not finish within $TIMEOUT s"
    if [ -n "$sweep_start" ] && [ $((SECONDS - last_note)) -ge 30 ]; then
      last_note=$SECONDS
      read -r recs dels < <(q "SELECT (SELECT count(*) FROM recording), (SELECT count(*) FROM deletion_record)" | tr '|' ' ')
      say "[sweep] $dels deleted, $recs left, $(calc "$dels / ($(now_s) - $sweep_start)" 0)/s; heap used $(tail -n 1 "$OUT/jstat.txt" | awk '{ printf "%.0f MiB", ($4 + $5 + $7 + $9) / 1024 }'), old $(tail -n 1 "$OUT/jstat.txt" | awk '{ printf "%.0f MiB", $9 / 1024 }'); load $(loadavg)"
    fi
    sleep 2
  done
  [ -n "$sweep_tid" ] && sched_end="$(date +%s.%N) $(cat "/proc/$PAYARA_PID/task/$sweep_tid/schedstat" 2>/dev/null) $(pg_sched)"
  sleep 3 # a few samples after the end, for the trend
  stop_samplers
  if $jfr_on; then jcmd "$PAYARA_PID" JFR.stop name=sweep >>"$OUT/jfr.log" 2>&1 || true; fi
  say "[sweep] $done_line"

  # --- Timing, from the server's own clock. ---
  local first last n
  read -r first last n < <(q "SELECT extract(epoch FROM min(deleted_at)), extract(epoch FROM max(deleted_at)), count(*) FROM deletion_record" | tr '|' ' ')
  [ -n "$sweep_start" ] || sweep_start=$first
  SWEEP_S=$(calc "$last - $sweep_start" 3)
  # A sweep over before its start was seen (a smoke's few recordings, one group, all recorded at
  # one instant) would measure 0 s: a millisecond, so that the rates below stay finite.
  SWEEP_S=$(awk -v s="$SWEEP_S" 'BEGIN { printf "%.3f", (s < 0.001) ? 0.001 : s }')
  local wal_after commits_after
  wal_after=$(q "SELECT wal_records || ' ' || wal_bytes || ' ' || wal_sync || ' ' || wal_sync_time || ' ' || wal_write FROM pg_stat_wal")
  commits_after=$(q "SELECT xact_commit FROM pg_stat_database WHERE datname = 'evidence'")

  # --- Checks. ---
  local recordings audit_deleted files_left chain fixity_checked severe sweep_audit
  recordings=$(q "SELECT count(*) FROM recording")
  audit_deleted=$(q "SELECT count(*) FROM audit_event WHERE action = 'FOOTAGE_DELETED'")
  files_left=$(find "$STORE" -type f | wc -l)
  chain=$("${TOOL[@]}" verify-chain --url "$DB_URL" --user evidence 2>&1) || true
  fixity_checked=$(q "SELECT n_tup_ins + n_tup_upd FROM pg_stat_user_tables WHERE relname = 'fixity_result'")
  severe=$(grep -c SEVERE "$OUT/payara.log" || true)

  # --- Throughput over the sweep, by tenths of its duration. ---
  local tenths
  tenths=$(q "SELECT string_agg(to_char(c / ($SWEEP_S / 10.0), 'FM999990'), ' / ' ORDER BY b)
                FROM (SELECT least(9, floor((extract(epoch FROM deleted_at) - $sweep_start) / ($SWEEP_S / 10.0)))::int b,
                             count(*) c FROM deletion_record GROUP BY 1) t")

  # --- Memory during the sweep: jstat samples and every GC's heap after. ---
  local mem gc
  mem=$(awk -v t0="$jvm_start_epoch" -v s="$sweep_start" -v e="$last" '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    $1 ~ /^[0-9.]+$/ {
      t = t0 + $col["Timestamp"]
      if (t < s || t > e + 1) next
      used = ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024; old = $col["OU"] / 1024
      n++; if (n == 1) { o1 = old; y0 = $col["YGC"]; f0 = $col["FGC"] }
      if (used > peak) peak = used; if (old > omax) omax = old; if (n == 1 || old < omin) omin = old
      olast = old; y = $col["YGC"]; f = $col["FGC"]; c = ($col["S0C"] + $col["S1C"] + $col["EC"] + $col["OC"]) / 1024; if (c > commit) commit = c
    }
    END { printf "%d samples; peak heap used %.0f MiB (peak committed %.0f MiB); old generation %.0f MiB at the start, %.0f at the end, %.0f-%.0f over the sweep; %d young and %d full collections", n, peak, commit, o1, olast, omin, omax, y - y0, f - f0 }' "$OUT/jstat.txt")
  gc=$(awk -v s="$sweep_start" -v e="$last" '
    /Pause (Young|Full)/ && match($0, /[0-9]+M->[0-9]+M\([0-9]+M\)/) {
      split(substr($0, RSTART, RLENGTH), a, /M->|M\(|M\)/)
      if (!match($1, /[0-9]+ms/)) next
      t = substr($1, RSTART, RLENGTH - 2) / 1000
      if (t < s || t > e) next
      n++; ts[n] = (t - s) / 60; after[n] = a[2]; if ($0 ~ /Pause Full/) full++
    }
    END {
      if (n < 2) { print "fewer than two collections during the sweep"; exit }
      d = ts[n]; fs = 0; fn = 0; ls = 0; ln = 0
      for (i = 1; i <= n; i++) {
        sx += ts[i]; sy += after[i]; sxx += ts[i] * ts[i]; sxy += ts[i] * after[i]
        if (ts[i] <= d / 10) { fs += after[i]; fn++ } if (ts[i] >= d * 0.9) { ls += after[i]; ln++ }
        if (after[i] > amax) amax = after[i]; if (i == 1 || after[i] < amin) amin = after[i]
      }
      slope = (n * sxy - sx * sy) / (n * sxx - sx * sx)
      printf "%d collections; heap after GC %d-%d MiB, mean %.0f MiB in the first tenth of the sweep and %.0f MiB in the last; trend %+.2f MiB/min; %d full", n, amin, amax, fs / (fn ? fn : 1), ls / (ln ? ln : 1), slope, full + 0
    }' "$OUT/gc.log")
  local rss
  rss=$(awk -v s="$sweep_start" -v e="$last" '$1 >= s && $1 <= e + 1 && $3 > 0 { n++; if (n == 1) f = $3; l = $3; if ($3 > p) p = $3 }
    END { printf "%.0f MiB at the start, %.0f MiB at the end, %.0f MiB peak", f / 1024, l / 1024, p / 1024 }' "$OUT/samples.txt")
  local cpu
  cpu=$(awk -v s="$sweep_start" -v e="$last" -v tck="$CLK_TCK" '
    $1 >= s && !a { a = 1; j0 = $4; p0 = $5; t0 = $1; l0 = $2 }
    $1 <= e + 1 { j1 = $4; p1 = $5; t1 = $1 } $1 >= s && $1 <= e + 1 { ls += $2; ln++ }
    END { w = t1 - t0; printf "%.0f s of CPU in Payara Micro (%.0f%% of one core), %.0f s in PostgreSQL (%.0f%%) over %.0f s; mean 1-min load %.1f",
      (j1 - j0) / tck, 100 * (j1 - j0) / tck / w, (p1 - p0) / tck, 100 * (p1 - p0) / tck / w, w, ls / (ln ? ln : 1) }' "$OUT/samples.txt")
  local wal
  wal=$(awk -v b="$wal_before" -v a="$wal_after" -v c="$((commits_after - commits_before))" 'BEGIN {
    split(b, x, " "); split(a, y, " ")
    printf "%d commits, %d WAL records, %.0f MiB of WAL, %d WAL writes, %d WAL syncs taking %.1f s in all (%.2f ms each)",
      c, y[1] - x[1], (y[2] - x[2]) / 1048576, y[5] - x[5], y[3] - x[3], (y[4] - x[4]) / 1000, (y[3] - x[3]) ? (y[4] - x[4]) / (y[3] - x[3]) : 0 }')

  record "## Sweep in Payara Micro (the catch-up sweep $CATCH_UP_AFTER after start-up$($QUIET_FIXITY && echo "; fixity check quieted"))"
  record ""
  record "- from the sweep's start (deleting_since of every claimed row) to the last deletion record: **$SWEEP_S s**, $(calc "$COUNT / $SWEEP_S" 0) recordings/s, $(calc "1000 * $SWEEP_S / $COUNT" 2) ms each; first deletion $(calc "$first - $sweep_start" 2) s after the start; the sweep started $(calc "$sweep_start - $jvm_start_epoch" 1) s after Payara Micro was launched, $([ -n "$ready_at" ] && calc "$sweep_start - $ready_at" 1 || echo "?") s after it reported ready (negative: the sweep overlapped the end of the deployment)"
  record "- deletions per second in each tenth of the sweep: $tenths"
  record "- server log: $ready_line; $(printf '%s' "$done_line" | grep -o 'Deletion sweep removed.*')"
  record "- load average: $(awk -v s="$sweep_start" -v e="$last" '$1 >= s && $1 <= e { if (!n || $2 < lo) lo = $2; if ($2 > hi) hi = $2; n++; io += $6 } END { printf "1-min %.2f-%.2f during the sweep; I/O stall (PSI some, 10 s) %.0f%% on average", lo, hi, io / (n ? n : 1) }' "$OUT/samples.txt"); at the end $(loadavg)"
  record "- CPU: $cpu"
  record "- database: $wal"
  if [ -n "$sched_end" ]; then
    record "- $(awk -v a="$sched_start" -v b="$sched_end" -v n="$COUNT" 'BEGIN {
      split(a, x, " "); split(b, y, " "); w = y[1] - x[1]; run = (y[2] - x[2]) / 1e9; q = (y[3] - x[3]) / 1e9; pr = (y[5] - x[5]) / 1e9; pq = (y[6] - x[6]) / 1e9
      printf "the sweep'"'"'s thread over %.0f s: on a CPU %.0f s (%.0f%%), runnable but waiting for a CPU %.0f s (%.0f%%), asleep (waiting for PostgreSQL, the disk) %.0f s (%.0f%%); PostgreSQL'"'"'s backends on a CPU %.0f s, waiting for one %.0f s", w, run, 100 * run / w, q, 100 * q / w, w - run - q, 100 * (w - run - q) / w, pr, pq }')"
  fi
  record "- heap (jstat -gc every second): $mem"
  record "- heap (GC log, every collection during the sweep): $gc"
  record "- resident memory of Payara Micro: $rss"
  record "- fixity check ($($QUIET_FIXITY && echo "slowed to 1 KiB/s by --quiet-fixity" || echo "as configured: every 5 minutes, up to 4 at 50 MiB/s")): $fixity_checked originals checked while the server ran"
  record ""
  record "### Checks"
  record ""
  record "- deletion records: $n (want $COUNT); recording rows left: $recordings (want 0)"
  record "- files left under the storage root: $files_left (want 0; empty directories stay)"
  record "- FOOTAGE_DELETED audit events: $audit_deleted (want $COUNT)"
  record "- $chain"
  record "- SEVERE lines in the server log: $severe$([ "$severe" -gt 0 ] && grep SEVERE "$OUT/payara.log" | sed 's/.*\[levelValue: [0-9]*\] //; s/[0-9][0-9]*/N/g' | cut -c1-60 | sort | uniq -c | sort -rn | head -n 3 | awk '{ n = $1; $1 = ""; printf "%s%d x \"%s...\"", (NR == 1 ? " (" : "; "), n, substr($0, 2) } END { if (NR) printf ")" }')"
  record ""
  if $PROFILE; then
    record "### Where the database's time went (pg_stat_statements, whole server run)"
    record ""
    record "| calls | total s | mean ms | statement |"
    record "|---:|---:|---:|---|"
    q "SELECT calls || ' | ' || round((total_exec_time / 1000)::numeric, 1) || ' | ' || round(mean_exec_time::numeric, 3)
          || ' | ' || replace(left(regexp_replace(query, '\s+', ' ', 'g'), 110), '|', '/') || ' |'
         FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'evidence')
        ORDER BY total_exec_time DESC LIMIT 15" | sed 's/^/| /' | tee -a "$RESULTS"
    record ""
    if [ -s "$OUT/sweep.jfr" ]; then
      record "### Where the sweep's thread spent its time (JFR, settings=profile)"
      record ""
      "${TOOL[@]}" jfr-summary --file "$OUT/sweep.jfr" 2>&1 | tee -a "$RESULTS"
      record ""
    fi
  fi
  stop_payara
  local ok=true
  [ "$n" -eq "$COUNT" ] && [ "$recordings" -eq 0 ] && [ "$files_left" -eq 0 ] \
    && [ "$audit_deleted" -eq "$COUNT" ] && [[ "$chain" == "audit chain intact"* ]] || ok=false
  $ok || record "**CHECKS FAILED** (see above)"
  CHECKS_OK=$ok
}

[ "$ONLY" = sweep ] || baseline
[ "$ONLY" = baseline ] || sweep

if [ -n "$RM_S" ] && [ -n "$SWEEP_S" ]; then
  base=$(calc "$RM_S + $DELETE_S" 3)
  ratio=$(calc "$SWEEP_S / $base" 1)
  record "## Summary"
  record ""
  record "| $COUNT due recordings | seconds |"
  record "|---|---:|"
  record "| rm of the files | $RM_S |"
  record "| bare SQL DELETE | $DELETE_S |"
  record "| baseline (rm + DELETE) | $base |"
  record "| deletion sweep in Payara Micro | $SWEEP_S |"
  record "| **sweep / baseline** | **${ratio}×** (aim ≤ 2×, issue 19: $(awk -v r="$ratio" 'BEGIN { print (r <= 2) ? "met" : "missed" }')) |"
fi
$CHECKS_OK || fail "the sweep's checks failed; see $RESULTS"
say "Done: $RESULTS"
