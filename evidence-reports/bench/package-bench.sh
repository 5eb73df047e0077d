#!/usr/bin/env bash
# Benchmarks building a disclosure package of large recordings, as the server's package worker
# does once it has the plan, beside the like-for-like baseline: cp of the same files plus
# sha256sum of them (a package copies each file and hashes it). Goal (issue 19): at most 1.3x the
# baseline for three 2 GiB recordings, with the heap flat at -Xmx256m.
#
#   evidence-reports/bench/package-bench.sh [--gib N] [--files N] [--rounds N] [--profile] [--out DIR] [--smoke]
#
# --gib is the size of each recording (default 2), --files how many (default 3), --rounds how many
# times each side runs, alternating (default 3). --profile records the last build with JFR.
# --smoke is the smallest run through every step (three 8 MiB files, one round, output in
# target/bench-smoke/package): ./bwv test runs it so the script cannot rot.
#
# What it does, on a fresh clone, with nothing but a JDK 17 and coreutils:
#   1. compiles evidence-reports and what it needs (offline), and the helper beside this script
#      (src/PackageBenchTool.java);
#   2. writes the recordings (random bytes, which neither side can compress) and their SHA-256s,
#      which also puts them in the page cache for both sides alike;
#   3. each round: the baseline (cp of the files to a new folder, then sha256sum of the files),
#      timed as processes; then the build (the ZIP written with every file hashed and checked, a
#      signed continuity statement each, the manifest, the checksums and the ZIP's own SHA-256,
#      then forced to disk as recording the package does), timed inside its JVM at -Xmx256m;
#   4. prints each round, the medians and the ratio, the build's old generation at its peak, and
#      checks the last ZIP with jar (the JDK's) and sha256sum -c.
#
# Results go to --out (default /tmp/package-bench-<time>): results.md and the logs.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

GIB=2
NFILES=3
ROUNDS=3
PROFILE=false
OUT=""
SIZE_MIB=""
while [ $# -gt 0 ]; do
  case "$1" in
    --gib) GIB=$2; shift 2 ;;
    --files) NFILES=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --profile) PROFILE=true; shift ;;
    --out) OUT=$2; shift 2 ;;
    --smoke) SIZE_MIB=8; ROUNDS=1; OUT=$ROOT/target/bench-smoke/package; shift ;;
    *) echo "package-bench: unknown option $1" >&2; exit 2 ;;
  esac
done
SIZE_MIB=${SIZE_MIB:-$((GIB * 1024))}
OUT=${OUT:-/tmp/package-bench-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
RESULTS=$OUT/results.md
: >"$RESULTS"

# shellcheck source=../../evidence-domain/bench/bench-lib.sh
. "$ROOT/evidence-domain/bench/bench-lib.sh"
field() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$2"; }
for tool in java javac jar cp sha256sum awk; do
  command -v "$tool" >/dev/null || fail "needs $tool on PATH"
done

say "Compiling evidence-reports (offline)..."
rm -f "$ROOT/evidence-reports/target/bench-classpath.txt"
(cd "$ROOT" && ./mvnw -B -q -o compile dependency:build-classpath -pl evidence-reports -am \
  -Dspotless.check.skip=true -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench-classpath.txt) \
  >"$OUT/build.log" 2>&1 || fail "the build or its classpath failed; see $OUT/build.log"
CP="$ROOT/evidence-reports/target/classes:$(cat "$ROOT/evidence-reports/target/bench-classpath.txt")"
mkdir -p "$OUT/classes"
javac -d "$OUT/classes" -cp "$CP" "$HERE/src/PackageBenchTool.java" || fail "the benchmark does not compile"

WORK=$(mktemp -d /var/tmp/package-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
say "Writing $NFILES recordings of $SIZE_MIB MiB in $WORK..."
ARGS=()
FILES=()
for i in $(seq 1 "$NFILES"); do
  f=$WORK/recording-$i.mp4
  head -c $((SIZE_MIB * 1048576)) /dev/urandom >"$f"
  FILES+=("$f")
  ARGS+=("$f=$(sha256sum "$f" | cut -d' ' -f1)")
done

# Runs the command, timing it as a whole process; sets TOOK (seconds).
timed() {
  local t0
  t0=$(now_s)
  "$@"
  TOOK=$(calc "$(now_s) - $t0" 3)
}

record "# Package build: $NFILES x $SIZE_MIB MiB, $ROUNDS rounds, $(date -u +%Y-%m-%dT%H:%MZ)"
record ""
record "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); $(java -version 2>&1 | head -1)"
record ""
record "| round | cp + sha256sum (s) | build (s) | of which write | force | old gen peak (MiB) |"
record "|---:|---:|---:|---:|---:|---:|"
BASE=()
OURS=()
for round in $(seq 1 "$ROUNDS"); do
  mkdir -p "$WORK/copy"
  timed bash -c 'cp "$@" "$0"/ && sha256sum "$@" >/dev/null' "$WORK/copy" "${FILES[@]}"
  BASE+=("$TOOK")
  rm -rf "$WORK/copy"
  JFR=()
  if [ "$PROFILE" = true ] && [ "$round" = "$ROUNDS" ]; then
    JFR=(-XX:StartFlightRecording=settings=profile,filename=$OUT/package-build.jfr)
  fi
  line=$(java -Xmx256m "${JFR[@]}" -cp "$OUT/classes:$CP" uk.council.evidence.reports.bench.PackageBenchTool \
    build --zip "$WORK/package.zip" --keystore "$WORK/bench.p12" "${ARGS[@]}" 2>>"$OUT/build-runs.log" | tail -1) \
    || fail "the build failed; see $OUT/build-runs.log"
  write=$(field write "$line")
  force=$(field force "$line")
  total=$(calc "$write + $force" 3)
  OURS+=("$total")
  record "| $round | ${BASE[-1]} | $total | $write | $force | $(field peak_old_mib "$line") |"
  if [ "$round" != "$ROUNDS" ]; then
    rm -f "$WORK/package.zip"
  fi
done
b=$(median "${BASE[@]}")
o=$(median "${OURS[@]}")
record ""
record "Medians: cp + sha256sum **$b s**, build **$o s**: **$(calc "$o / $b" 2)x** (aim: at most 1.3x)."

say "Checking the last package..."
mkdir -p "$WORK/unpacked"
(cd "$WORK/unpacked" && jar xf "$WORK/package.zip" && sha256sum --quiet -c SHA256SUMS) >"$OUT/check.log" 2>&1 \
  || fail "the package does not unpack or its checksums do not match; see $OUT/check.log"
[ "$(sha256sum "$WORK/package.zip" | cut -d' ' -f1)" = "$(field sha256 "$line")" ] \
  || fail "the package's SHA-256 is not the one the build gave"
record "The last package unpacks, its SHA256SUMS check, and its SHA-256 is the one the build gave."
say "Results in $RESULTS"
