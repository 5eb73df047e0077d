#!/usr/bin/env bash
# Benchmarks redaction as the server's worker does it, on a generated 720p recording: finding the
# faces (BlazeFace through OpenCV on 5 frames a second, linked into tracks) and rendering the
# redacted copy (every frame decoded, the tracks' boxes pixelated, encoded again with the sound
# muted for a stretch), each beside ffmpeg doing only the decoding or the re-encoding of the same
# file, in seconds of processing per minute of footage.
#
#   evidence-domain/bench/redaction-bench.sh [--seconds N] [--rounds N] [--profile] [--out DIR] [--smoke]
#
# --smoke is the smallest run through every step (a 5-second recording, one round, output in
# target/bench-smoke/redaction): ./bwv test runs it so the script cannot rot.
#
# What it does, on a fresh clone, with nothing but a JDK 17 and Debian's ffmpeg:
#   1. compiles evidence-domain and what it needs from the reactor (offline, nothing installed in
#      ~/.m2), and the helper beside this script (src/RedactionBenchTool.java);
#   2. makes a 1280x720, 30 fps recording of --seconds (default 60) with a tone and two faces moving
#      to and fro on known paths (the demo face of src/main/resources/demo-faces);
#   3. --rounds rounds (default 3), each: ffmpeg decoding 5 frames a second to raw pictures (what
#      detection reads), then the detection; ffmpeg re-encoding the whole file as the renderer's
#      encoder does (libx264 veryfast, CRF 20, AAC), then the rendering; each timed as a process;
#   4. prints each round, the medians, their ratios, seconds per minute of footage against the aim
#      of at most 60 (real time on 2 cores), and how well the tracks cover the faces on every frame.
#
# --profile records the detection and the rendering of the last round with JFR.
# Results go to --out (default /tmp/redaction-bench-<time>): results.md and the logs.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

SECONDS_LONG=60
ROUNDS=3
PROFILE=false
OUT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) SECONDS_LONG=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --profile) PROFILE=true; shift ;;
    --out) OUT=$2; shift 2 ;;
    --smoke) SECONDS_LONG=5; ROUNDS=1; OUT=$ROOT/target/bench-smoke/redaction; shift ;;
    *) echo "redaction-bench: unknown option $1" >&2; exit 2 ;;
  esac
done
OUT=${OUT:-/tmp/redaction-bench-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
RESULTS=$OUT/results.md
: >"$RESULTS"

# shellcheck source=bench-lib.sh
. "$HERE/bench-lib.sh"
for tool in java javac ffmpeg awk; do
  command -v "$tool" >/dev/null || fail "needs $tool on PATH"
done

# shellcheck source=private-postgres.sh
. "$HERE/private-postgres.sh"
compile_benchmark "$HERE/src/RedactionBenchTool.java"
TOOL=(java -Xmx512m -cp "$OUT/classes:$CP" uk.council.evidence.request.bench.RedactionBenchTool)
WORK=$(mktemp -d /tmp/redaction-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

say "Making a ${SECONDS_LONG}-second 720p recording with two faces..."
"${TOOL[@]}" clip --seconds "$SECONDS_LONG" --out "$WORK/clip.mp4" >"$OUT/clip.log" 2>&1 \
  || fail "the recording could not be made; see $OUT/clip.log"

# Runs the command, timing it as a whole process; sets TOOK (seconds) and returns its status.
timed() {
  local t0 status=0
  t0=$(now_s)
  "$@" || status=$?
  TOOK=$(calc "$(now_s) - $t0" 3)
  return "$status"
}

record "# Redaction benchmark"
record ""
record "$(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown); $(nproc) cores; $(java -version 2>&1 | head -n 1); $(ffmpeg -version | head -n 1 | cut -d' ' -f1-3)."
record ""
record "A ${SECONDS_LONG}-second recording, 1280x720 at 30 frames a second, with a tone and two faces moving to and fro. Each figure is a whole process, the JVM's start included."
record ""
record "| round | decode 5/s (s) | find faces (s) | re-encode (s) | render the copy (s) | load before |"
record "|---:|---:|---:|---:|---:|---|"
decodes=(); detects=(); encodes=(); renders=()
for round in $(seq 1 "$ROUNDS"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  jfr_detect=(); jfr_render=()
  if $PROFILE && [ "$round" -eq "$ROUNDS" ]; then
    jfr_detect=(-XX:StartFlightRecording=filename="$OUT/detect.jfr",settings=profile)
    jfr_render=(-XX:StartFlightRecording=filename="$OUT/render.jfr",settings=profile)
  fi
  timed ffmpeg -v error -nostdin -i "$WORK/clip.mp4" -vf fps=5 -an -f rawvideo -pix_fmt bgr24 -y /dev/null \
    || fail "ffmpeg could not decode the recording"
  decodes+=("$TOOK"); decode=$TOOK
  timed java -Xmx512m "${jfr_detect[@]}" -cp "$OUT/classes:$CP" uk.council.evidence.request.bench.RedactionBenchTool \
    detect --video "$WORK/clip.mp4" --tracks "$WORK/tracks.json" >"$OUT/detect.txt" 2>"$OUT/detect.log" \
    || fail "finding the faces failed; see $OUT/detect.log"
  detects+=("$TOOK"); detect=$TOOK
  timed ffmpeg -v error -nostdin -y -i "$WORK/clip.mp4" -c:v libx264 -preset veryfast -crf 20 -pix_fmt yuv420p \
    -c:a aac -b:a 128k -movflags +faststart "$WORK/reencoded.mp4" || fail "ffmpeg could not re-encode the recording"
  encodes+=("$TOOK"); encode=$TOOK
  timed java -Xmx512m "${jfr_render[@]}" -cp "$OUT/classes:$CP" uk.council.evidence.request.bench.RedactionBenchTool \
    render --video "$WORK/clip.mp4" --tracks "$WORK/tracks.json" --out "$WORK/redacted.mp4" >"$OUT/render.txt" 2>"$OUT/render.log" \
    || fail "rendering failed; see $OUT/render.log"
  renders+=("$TOOK"); render=$TOOK
  record "| $round | $decode | $detect | $encode | $render | $load |"
done
DECODE=$(median "${decodes[@]}"); DETECT=$(median "${detects[@]}"); ENCODE=$(median "${encodes[@]}"); RENDER=$(median "${renders[@]}")
record "| **median** | **$DECODE** | **$DETECT** | **$ENCODE** | **$RENDER** | |"
record ""
per_minute() { calc "$1 * 60 / $SECONDS_LONG" 1; }
aim() { awk -v v="$1" 'BEGIN { print (v <= 60) ? "met" : "missed" }'; }
record "- finding faces: **$(per_minute "$DETECT") s per minute of footage** (aim at most 60: $(aim "$(per_minute "$DETECT")")); $(calc "$DETECT / $DECODE" 2)× ffmpeg's decoding of the same frames"
record "- rendering the copy: **$(per_minute "$RENDER") s per minute of footage** (aim at most 60: $(aim "$(per_minute "$RENDER")")); $(calc "$RENDER / $ENCODE" 2)× ffmpeg's re-encoding of the same file"
record "- the last detection: $(grep "^detect " "$OUT/detect.txt")"
frames=$(ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames -of csv=p=0 "$WORK/redacted.mp4" 2>/dev/null || echo "?")
record "- the copy: $frames frames, $(stat -c %s "$WORK/redacted.mp4") bytes"
if $PROFILE; then
  record ""
  record "JFR recordings of the last round: $OUT/detect.jfr, $OUT/render.jfr (jfr print --events jdk.ExecutionSample)."
fi
grep -q "^detect .* tracks; " "$OUT/detect.txt" || fail "the detection said nothing of its tracks; see $OUT/detect.txt"
say "Done: $RESULTS"
