# Sourced by the benchmark scripts that upload as a dock (upload-bench.sh, and
# evidence-domain/bench/load-bench.sh): real MP4 files of a given size, made unique before each
# upload. Needs FILES (where the seed goes), MIB (1048576), NONCE (unique to the run) and fail().

# A real MP4 (two seconds from ffmpeg, index first) followed by one 'free' box with a 64-bit size
# that pads it to $2 MiB: the server checks the box structure to the last byte, so padding that
# is not a box would be refused. The padding is AES-CTR keystream, not zeros: video does not
# compress, and cp would skip the holes of a sparse file.
SEED_MP4=""
make_file() {
  local file=$1 mb=$2 total seed_size pad
  if [ -z "$SEED_MP4" ]; then
    SEED_MP4=$FILES/seed.mp4
    ffmpeg -hide_banner -loglevel error -y -f lavfi -i "testsrc2=size=320x240:rate=25" -t 2 \
      -c:v libx264 -preset veryfast -pix_fmt yuv420p -movflags +faststart "$SEED_MP4" \
      || fail "ffmpeg could not make $SEED_MP4."
  fi
  total=$((mb * MIB))
  seed_size=$(stat -c %s "$SEED_MP4")
  pad=$((total - seed_size))
  {
    cat "$SEED_MP4"
    printf "$(printf '\\x%s' 00 00 00 01 66 72 65 65 $(printf '%016x' "$pad" | sed 's/../& /g'))"
    head -c $((pad - 16)) /dev/zero \
      | openssl enc -aes-128-ctr -nosalt -pbkdf2 -pass "pass:$(basename "$file")" 2>/dev/null
  } >"$file"
  [ "$(stat -c %s "$file")" -eq "$total" ] || fail "$file came out the wrong size."
}

# Overwrites the start of the padding, so each run uploads bytes never seen before.
stamp() {
  printf 'bwv-bench %s run %s' "$NONCE" "$2" \
    | dd of="$1" bs=1 seek=$(($(stat -c %s "$SEED_MP4") + 16)) conv=notrunc status=none
}

sha_of() { openssl dgst -sha256 -r "$1" | cut -c1-64; }
