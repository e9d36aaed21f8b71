#!/usr/bin/env bash
# Times the README's docs-folder project (docpoet-maven-plugin's generate and check goals) against the same project
# without docpoet (its generated sources copied in as plain sources): first build, no-op build and a build after one
# doc (or, without docpoet, the one source it changes) was edited. Prints medians of N runs and their ratios.
# Not part of the test run. Usage: bench/plugin-build-times.sh [N]   (default 5; installs docpoet first)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
N="${1:-5}"
MVN=(mvn -B -q -o)
mvn -B -ntp -q install -DskipTests >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
with="$work/with-docpoet"
bare="$work/bare"
mkdir -p "$with" "$bare/src/main/java"

# the README's pom, verbatim
awk '/<!-- readme-plugin: docs-folder\/pom.xml -->/{f=1; next} f && /^```xml/{next} f && /^```/{exit} f' README.md > "$with/pom.xml"
mkdir -p "$with/src/main/docs" && cp -r generated-samples/src/main/docs/helpdesk "$with/src/main/docs/"
# check passes without a lock, but a real project has committed one: lock first, so that what check costs is measured
"${MVN[@]}" -f "$with/pom.xml" docpoet:lock compile >/dev/null
# the same project without docpoet: its generated sources as plain sources, no plugin
cp -r "$with/target/generated-sources/docpoet/com" "$bare/src/main/java/"
sed -e '/<plugin>/{N;N;/docpoet-maven-plugin/{:a;N;/<\/plugin>/!ba;d}}' "$with/pom.xml" > "$bare/pom.xml"
grep -q docpoet-maven-plugin "$bare/pom.xml" && { echo "could not strip the plugin from the bare pom" >&2; exit 1; }

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

declare -A t
for i in $(seq "$N"); do
  # interleaved, so that the machine's noise hits both alike
  t[with_first]+="$(ms "${MVN[@]}" -f "$with/pom.xml" clean compile) "
  t[bare_first]+="$(ms "${MVN[@]}" -f "$bare/pom.xml" clean compile) "
  t[with_noop]+="$(ms "${MVN[@]}" -f "$with/pom.xml" compile) "
  t[bare_noop]+="$(ms "${MVN[@]}" -f "$bare/pom.xml" compile) "
  sed -i "s/One-line summary[^<]*/One-line summary (edit $i)./" "$with/src/main/docs/helpdesk/get-ticket.mdx"
  t[with_edit]+="$(ms "${MVN[@]}" -f "$with/pom.xml" compile) "
  sed -i "s/One-line summary[^\"]*\"/One-line summary (edit $i).\"/; s|One-line summary.*$|One-line summary (edit $i).|" \
      "$bare/src/main/java/com/example/helpdesk/Ticket.java"
  t[bare_edit]+="$(ms "${MVN[@]}" -f "$bare/pom.xml" compile) "
done

printf '%-12s %12s %12s %8s\n' build "docpoet ms" "bare ms" ratio
for k in first noop edit; do
  w=$(echo "${t[with_$k]}" | tr ' ' '\n' | grep . | median)
  b=$(echo "${t[bare_$k]}" | tr ' ' '\n' | grep . | median)
  printf '%-12s %12s %12s %7.2fx\n' "$k" "$w" "$b" "$(echo "$w / $b" | bc -l)"
done
echo "(medians of $N interleaved runs of mvn -o -q compile; the README's docs-folder project, 3 doc pages, 15 sources)"
