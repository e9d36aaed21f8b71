#!/usr/bin/env bash
# Build cost of docpoet against OpenAPI Generator on a fair workload, outside the test run.
#
#   bench/lean-build.sh [N] [ROUNDS]      N operations (default 500), ROUNDS interleaved rounds (default 3)
#
# bench/fair_workload.py writes a seeded API of N operations whose response shapes all differ, as an OpenAPI spec, as
# Redocly pages and as Mintlify pages. Six Maven projects are built from it, alternating A B A B round by round:
#   oag       OpenAPI Generator 7.25 (java, library native) by its Maven plugin, on the spec
#   spec      docpoet's processor (@ApiDocs, with the client) on the spec, with the refresh goal, as the README shows
#   redocly   the same on the Redocly pages
#   mintlify  the same on the Mintlify pages
#   plugin    docpoet-maven-plugin's generate goal (and check) on the spec: the README's docs-folder project
#   javac     plain javac (maven-compiler-plugin, -proc:none) of the sources the spec project generated
# and prints, per project, the medians of CPU seconds (user + system of the Maven JVM, where generation and javac
# both run), wall seconds and peak RSS of cold builds (clean compile), no-op builds (compile again) and builds after
# one doc edit; the ratios pair by pair; generated lines per documented field; and parse throughput (MB/s) of the
# pages. Every JVM gets the same settings (MAVEN_OPTS as given, default heap otherwise).
#
# Settings (environment): SEED (42), WORK (a new folder under /tmp, kept and printed), SKIP (space-separated project
# names to leave out), REPO (a Maven local repository of its own, so that installing docpoet elsewhere during a run
# cannot change what it measures: copy ~/.m2/repository there first). Needs python3, /usr/bin/time, Maven and a JDK 17; the first run downloads OpenAPI Generator's
# Maven plugin and the generated code's dependencies from Maven Central into the local repository, then every build
# is offline.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo="$(pwd)"
N="${1:-500}"
ROUNDS="${2:-3}"
SEED="${SEED:-42}"
SKIP=" ${SKIP:-} "
WORK="${WORK:-$(mktemp -d /tmp/docpoet-lean.XXXXXX)}"
OAG_VERSION=7.25.0
[ -n "${REPO:-}" ] && export MAVEN_OPTS="${MAVEN_OPTS:-} -Dmaven.repo.local=$REPO"
say() { echo "lean-build: $*" >&2; }

say "installing docpoet (mvn install -DskipTests)"
mvn -B -ntp -q -Dstyle.color=never install -DskipTests >/dev/null
version="$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | sed -n 1p)"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"

say "workload: $N operations, seed $SEED, in $WORK"
mkdir -p "$WORK"
python3 bench/fair_workload.py "$WORK/workload" --ops "$N" --seed "$SEED" >/dev/null
fields="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["documented_fields"])' "$WORK/workload/stats.json")"

# --- the projects -------------------------------------------------------------------------------------------------
dependencies() {  # what the README's project depends on: docpoet's runtimes, Jackson, JSpecify
  cat <<EOF
    <dependency><groupId>dev.docpoet</groupId><artifactId>docpoet-annotations</artifactId><version>$version</version></dependency>
    <dependency><groupId>dev.docpoet</groupId><artifactId>docpoet-client</artifactId><version>$version</version></dependency>
    <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-annotations</artifactId><version>2.21</version></dependency>
    <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-databind</artifactId><version>2.21.0</version></dependency>
    <dependency><groupId>com.fasterxml.jackson.datatype</groupId><artifactId>jackson-datatype-jsr310</artifactId><version>2.21.0</version></dependency>
    <dependency><groupId>org.jspecify</groupId><artifactId>jspecify</artifactId><version>1.0.1</version></dependency>
EOF
}
pom() {  # pom ARTIFACT DEPENDENCIES PLUGINS
  cat <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example.bench</groupId>
  <artifactId>$1</artifactId>
  <version>1.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
$2
  </dependencies>
  <build>
    <plugins>
$3
    </plugins>
  </build>
</project>
EOF
}
compiler() {  # compiler EXTRA-CONFIGURATION
  cat <<EOF
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.14.0</version>
        <configuration>
          <release>17</release>
$1
        </configuration>
      </plugin>
EOF
}
processor_project() {  # processor_project NAME APIDOCS-VALUE DOCS...
  local p="$WORK/$1" value="$2"; shift 2
  mkdir -p "$p/src/main/docs/api" "$p/src/main/java/com/example/bench"
  cp -r "$@" "$p/src/main/docs/api/"
  cat > "$p/src/main/java/com/example/bench/Api.java" <<EOF
package com.example.bench;

import dev.docpoet.ApiDocs;

@ApiDocs("$value")
@SuppressWarnings("docpoet")
public interface Api {}
EOF
  pom "bench-$(basename "$p")" "$(dependencies)" "$(compiler "
          <annotationProcessorPaths>
            <path><groupId>dev.docpoet</groupId><artifactId>docpoet-processor</artifactId><version>$version</version></path>
          </annotationProcessorPaths>
          <compilerArgs><arg>-Adocpoet.docsDir=\${project.basedir}/src/main/docs</arg></compilerArgs>")
      <plugin>
        <groupId>dev.docpoet</groupId>
        <artifactId>docpoet-maven-plugin</artifactId>
        <version>$version</version>
        <executions><execution><goals><goal>refresh</goal></goals></execution></executions>
      </plugin>" > "$p/pom.xml"
}

projects=()
want() { [[ "$SKIP" != *" $1 "* ]] && projects+=("$1"); }
want oag; want spec; want redocly; want mintlify; want plugin; want javac

mkdir -p "$WORK/oag"
cp "$WORK/workload/openapi.json" "$WORK/oag/"
pom bench-oag "$(dependencies)
    <dependency><groupId>org.openapitools</groupId><artifactId>jackson-databind-nullable</artifactId><version>0.2.7</version></dependency>
    <dependency><groupId>jakarta.annotation</groupId><artifactId>jakarta.annotation-api</artifactId><version>2.1.1</version></dependency>
    <dependency><groupId>javax.annotation</groupId><artifactId>javax.annotation-api</artifactId><version>1.3.2</version></dependency>
    <dependency><groupId>com.google.code.findbugs</groupId><artifactId>jsr305</artifactId><version>3.0.2</version></dependency>" "      <plugin>
        <groupId>org.openapitools</groupId>
        <artifactId>openapi-generator-maven-plugin</artifactId>
        <version>$OAG_VERSION</version>
        <executions>
          <execution>
            <goals><goal>generate</goal></goals>
            <configuration>
              <inputSpec>\${project.basedir}/openapi.json</inputSpec>
              <generatorName>java</generatorName>
              <library>native</library>
              <apiPackage>com.example.bench.api</apiPackage>
              <modelPackage>com.example.bench.model</modelPackage>
              <invokerPackage>com.example.bench</invokerPackage>
              <skipIfSpecIsUnchanged>true</skipIfSpecIsUnchanged>
              <generateApiTests>false</generateApiTests>
              <generateModelTests>false</generateModelTests>
              <generateApiDocumentation>false</generateApiDocumentation>
              <generateModelDocumentation>false</generateModelDocumentation>
            </configuration>
          </execution>
        </executions>
      </plugin>
$(compiler "")" > "$WORK/oag/pom.xml"

processor_project spec api/openapi.json "$WORK/workload/openapi.json"
processor_project redocly api "$WORK/workload/redocly/."
processor_project mintlify api "$WORK/workload/mintlify/."

mkdir -p "$WORK/plugin/src/main/docs"
cp "$WORK/workload/openapi.json" "$WORK/plugin/src/main/docs/"
pom bench-plugin "$(dependencies)" "$(compiler "")
      <plugin>
        <groupId>dev.docpoet</groupId>
        <artifactId>docpoet-maven-plugin</artifactId>
        <version>$version</version>
        <configuration>
          <packageName>com.example.bench</packageName>
          <client>Api</client>
          <suppress>docpoet</suppress>
        </configuration>
        <executions><execution><goals><goal>check</goal><goal>generate</goal></goals></execution></executions>
      </plugin>" > "$WORK/plugin/pom.xml"

say "resolving plugins and dependencies (online once), first builds"
for p in oag spec plugin; do
  [[ "$p" == plugin ]] && mvn -B -ntp -q -f "$WORK/plugin/pom.xml" docpoet:lock >/dev/null
  mvn -B -ntp -q -f "$WORK/$p/pom.xml" compile >"$WORK/$p.first.log" 2>&1 || { say "$p does not build: $WORK/$p.first.log"; tail -30 "$WORK/$p.first.log" >&2; exit 1; }
done
mkdir -p "$WORK/javac/src/main/java"
cp -r "$WORK/spec/target/generated-sources/annotations/com" "$WORK/javac/src/main/java/"
find "$WORK/javac/src/main/java" -name '*.docpoet-fingerprint.json' -delete
pom bench-javac "$(dependencies)" "$(compiler "          <proc>none</proc>")" > "$WORK/javac/pom.xml"

# --- measuring ----------------------------------------------------------------------------------------------------
MVN=(mvn -B -ntp -q -o -Dstyle.color=never)
declare -A cpu wall rss
measure() {  # measure KEY PROJECT GOALS...
  local key="$1" p="$2"; shift 2
  local tf="$WORK/time.txt"
  /usr/bin/time -f '%e %U %S %M' -o "$tf" "${MVN[@]}" -f "$WORK/$p/pom.xml" "$@" >"$WORK/$p.log" 2>&1 \
      || { say "$p failed ($*): $WORK/$p.log"; tail -20 "$WORK/$p.log" >&2; exit 1; }
  read -r e u s m < "$tf"
  cpu[$key]+="$(echo "$u + $s" | bc) "
  wall[$key]+="$e "
  rss[$key]+="$m "
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "nan"; else print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
med() { local -n arr="$1"; echo "${arr[$2]:-}" | median; }

edit_doc() {  # one edited doc per project: a field's description in the spec, a page's text in the pages
  local p="$1" i="$2"
  case "$p" in
    oag) sed -i "0,/\"description\": \"The [a-z ]*\.\"/s//\"description\": \"Edited $i.\"/" "$WORK/oag/openapi.json" ;;
    spec) sed -i "0,/\"description\": \"The [a-z ]*\.\"/s//\"description\": \"Edited $i.\"/" "$WORK/spec/src/main/docs/api/openapi.json" ;;
    plugin) sed -i "0,/\"description\": \"The [a-z ]*\.\"/s//\"description\": \"Edited $i.\"/" "$WORK/plugin/src/main/docs/openapi.json" ;;
    redocly|mintlify) local f; f="$(ls "$WORK/$p/src/main/docs/api" | sort | sed -n 1p)"
       sed -i "0,/^  The [a-z ]*\./s//  Edited $i./" "$WORK/$p/src/main/docs/api/$f" ;;
    javac) local f; f="$(grep -rl '^ \* @param' "$WORK/javac/src/main/java" | sort | sed -n 1p)"
       sed -i "0,/^ \* @param \([a-zA-Z]*\) .*/s// * @param \1 Edited $i./" "$f" ;;
  esac
}
generated_dir() {
  case "$1" in
    oag) echo "$WORK/oag/target/generated-sources/openapi/src/main/java" ;;
    plugin) echo "$WORK/plugin/target/generated-sources/docpoet" ;;
    javac) echo "$WORK/javac/src/main/java" ;;
    *) echo "$WORK/$1/target/generated-sources/annotations" ;;
  esac
}
rewritten=()
for round in $(seq "$ROUNDS"); do
  say "round $round of $ROUNDS: cold builds"
  for p in "${projects[@]}"; do measure "cold:$p" "$p" clean compile; done
  say "round $round of $ROUNDS: no-op builds"
  for p in "${projects[@]}"; do measure "noop:$p" "$p" compile; done
  say "round $round of $ROUNDS: one doc edited"
  for p in "${projects[@]}"; do
    touch "$WORK/marker"; sleep 1
    edit_doc "$p" "$round"
    measure "edit:$p" "$p" compile
    [[ "$round" == "$ROUNDS" ]] && rewritten+=("$p:$(find "$(generated_dir "$p")" -name '*.java' -newer "$WORK/marker" | wc -l)/$(find "$(generated_dir "$p")" -name '*.java' | wc -l)")
  done
done

# --- the report ---------------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0 || a == "nan" || b == "nan") print "-"; else printf "%.2f×", a / b }'; }
lines() { find "$(generated_dir "$1")" -name '*.java' -print0 | xargs -0 cat | wc -l; }
files() { find "$(generated_dir "$1")" -name '*.java' | wc -l; }
echo
echo "lean-build: $N operations (seed $SEED), $fields documented fields; docpoet $version at $commit; $(date -u +%Y-%m-%d);"
echo "  $(nproc) cores, $(java -version 2>&1 | sed -n 1p); medians of $ROUNDS interleaved rounds; work folder $WORK"
echo
printf '%-9s | %-24s | %-24s | %-24s | %s\n' project "cold CPU s (wall s)" "cold peak RSS MiB" "no-op CPU s (wall s)" "one edit CPU s (wall s), files rewritten"
for p in "${projects[@]}"; do
  rw=""; for r in "${rewritten[@]}"; do [[ "$r" == "$p:"* ]] && rw="${r#*:}"; done
  printf '%-9s | %8.1f (%6.1f)        | %8.0f                 | %6.1f (%5.1f)           | %6.1f (%5.1f) %s\n' "$p" \
    "$(med cpu "cold:$p")" "$(med wall "cold:$p")" "$(echo "$(med rss "cold:$p") / 1024" | bc -l)" \
    "$(med cpu "noop:$p")" "$(med wall "noop:$p")" "$(med cpu "edit:$p")" "$(med wall "edit:$p")" "$rw"
done
echo
pair() {  # pair A B WHAT
  local a="$1" b="$2"
  [[ " ${projects[*]} " == *" $a "* && " ${projects[*]} " == *" $b "* ]] || return 0
  printf '%-20s cold CPU %s, wall %s, peak RSS %s; no-op CPU %s, wall %s; one edit CPU %s, wall %s\n' "$a / $b" \
    "$(ratio "$(med cpu "cold:$a")" "$(med cpu "cold:$b")")" "$(ratio "$(med wall "cold:$a")" "$(med wall "cold:$b")")" \
    "$(ratio "$(med rss "cold:$a")" "$(med rss "cold:$b")")" \
    "$(ratio "$(med cpu "noop:$a")" "$(med cpu "noop:$b")")" "$(ratio "$(med wall "noop:$a")" "$(med wall "noop:$b")")" \
    "$(ratio "$(med cpu "edit:$a")" "$(med cpu "edit:$b")")" "$(ratio "$(med wall "edit:$a")" "$(med wall "edit:$b")")"
}
echo "ratios (goal: docpoet ≤ 0.5× OpenAPI Generator cold; processor and plugin ≤ 1.15× javac cold, ≤ 1.1× its no-op):"
for p in spec redocly mintlify plugin; do pair "$p" oag; done
for p in spec redocly mintlify plugin; do pair "$p" javac; done
pair oag javac
echo
echo "generated code (goal: ≤ 20 lines per documented field):"
for p in oag spec redocly mintlify plugin; do
  [[ " ${projects[*]} " == *" $p "* ]] || continue
  l="$(lines "$p")"
  printf '  %-9s %8d lines in %5d files: %5.1f lines per documented field\n' "$p" "$l" "$(files "$p")" "$(echo "$l / $fields" | bc -l)"
done
echo
echo "parse throughput (spec-parser's ParseBenchmark over the pages):"
mvn -B -ntp -q -o -Dstyle.color=never -pl spec-parser test-compile >/dev/null
for k in redocly mintlify; do
  printf '  %-9s ' "$k"
  mvn -B -ntp -q -o -Dstyle.color=never -pl spec-parser exec:java@bench -Dexec.args="$WORK/workload/$k" 2>/dev/null | grep -o 'parse:.*' || echo "(not measured)"
done
