# Sourced by the benchmark scripts that run the server itself (sweep-bench.sh, review-bench.sh).

# Packages the WAR offline (no install, so ~/.m2 is left as it was) with each module's runtime
# classpath, then compiles the helper sources named in the arguments into $OUT/classes. Sets WAR,
# MICRO (Payara Micro's jar) and CP (evidence-domain's classes and runtime classpath). Reports a
# failure with fail(), which the script defines, and leaves the build's log in $OUT.
# Skips Maven when an earlier build_war left the WAR and the classpath and no POM or source file has
# changed since (./bwv test runs the benchmarks one after another, each building the same).
build_war() {
  WAR=$ROOT/evidence-web/target/evidence.war
  MICRO=$ROOT/evidence-web/target/payara-micro.jar
  local classpath=$ROOT/evidence-domain/target/bench-classpath.txt
  if [ -f "$WAR" ] && [ -f "$MICRO" ] && [ -f "$classpath" ] && [ "$classpath" -nt "$WAR" ] \
    && [ -z "$(find "$ROOT"/pom.xml "$ROOT"/*/pom.xml "$ROOT"/*/src -newer "$WAR" -type f -print -quit)" ]; then
    say "The WAR is up to date with the sources: $WAR"
  else
    say "Building the WAR (offline)..."
    (cd "$ROOT" && ./mvnw -B -q -o -DskipTests -Dspotless.check.skip=true -pl evidence-web -am \
      package dependency:build-classpath -Dmdep.includeScope=runtime \
      -Dmdep.outputFile=target/bench-classpath.txt) >"$OUT/build.log" 2>&1 \
      || fail "build failed; see $OUT/build.log"
    [ -f "$WAR" ] && [ -f "$MICRO" ] || fail "no $WAR or $MICRO after the build"
    # Newer than the WAR, so that the next run knows this build made both.
    touch "$classpath"
  fi
  CP="$ROOT/evidence-domain/target/classes:$(cat "$classpath")"
  mkdir -p "$OUT/classes"
  javac -d "$OUT/classes" -cp "$CP" "$@" || fail "the helper does not compile"
}
