#!/usr/bin/env bash
# Realistic traffic for the benchmark (issue 6 §2): simulated traffic through the gateway's `import` against plain
# schema validation of the same files with xmllint, as a Markdown table on standard output.
# Usage: ops/bench/simulatie.sh [JEUGDIGEN] [JAREN]   e.g. ops/bench/simulatie.sh 2000 2025
# (ops/bench/run.sh is the full benchmark with a uniform stream; this one uses the simulator.)
# Build first (mvn -B package -DskipTests) and run as an ordinary user (embedded PostgreSQL
# refuses root). JAVA_OPTS is passed to the gateway. Only years that have ended can be imported
# (the gateway refuses a Dagtekening after its today, TR135).
set -euo pipefail
jeugdigen="${1:-2000}"
jaren="${2:-2025}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
xsd="$root/xsd/src/main/resources/ijw/3_2"
werk="$(mktemp -d)"
trap 'rm -rf "$werk"' EXIT

nu() { date +%s.%N; }
duur() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
per_seconde() { awk -v n="$1" -v a="$2" -v b="$3" 'BEGIN { printf "%.0f", n / (b - a) }'; }

# 1. The traffic: valid messages only, so both sides do the same work.
t0=$(nu)
java -jar "$root/simulator/target/ijw-simulator.jar" --seed 42 --jaren "$jaren" --jeugdigen "$jeugdigen" \
    --fout-aandeel 0 --uit "$werk/sim" > "$werk/simulator.txt" 2>&1
t1=$(nu)
n=$(find "$werk/sim/berichten" -name '*.xml' | wc -l)

# 2. Schema validation only: xmllint per message kind against the project's schemas.
t2=$(nu)
for soort in JW301 JW305 JW307 JW315 JW319; do
    find "$werk/sim/berichten" -name "*-$soort.xml" -print0 \
        | xargs -0 -r xmllint --noout --schema "$xsd/$soort.xsd" > /dev/null 2>> "$werk/xmllint.log"
done
t3=$(nu)
ongeldig=$(grep -c "fails to validate" "$werk/xmllint.log" || true)

# 3. The gateway: archive, read + validate, all rules, state, retour; one transaction per message.
t4=$(nu)
java ${JAVA_OPTS:-} -jar "$root/routes/target/ijw-gateway.jar" import "$werk/sim/berichten" \
    --retour-dir "$werk/retour" --ijw.data-dir="$werk/data" > "$werk/import.txt" 2> "$werk/import.log"
t5=$(nu)
verwacht=$(grep -o '"samenvatting":"[^"]*"' "$werk/sim/grondwaarheid.json" | sed 's/"samenvatting":"\(.*\)"/\1/')
gekregen=$(tail -n 1 "$werk/import.txt")
intern=$(grep -E '^duur' "$werk/import.log" | sed 's/^duur //' || true)

echo "| stap | berichten | seconden | berichten/s |"
echo "|---|---|---|---|"
echo "| simulator (genereren en schrijven) | $n | $(duur "$t0" "$t1") | $(per_seconde "$n" "$t0" "$t1") |"
echo "| xmllint --noout --schema (alleen schema; $ongeldig ongeldig) | $n | $(duur "$t2" "$t3") | $(per_seconde "$n" "$t2" "$t3") |"
echo "| gateway import (incl. opstarten; intern: $intern) | $n | $(duur "$t4" "$t5") | $(per_seconde "$n" "$t4" "$t5") |"
echo
if [ "$gekregen" = "$verwacht" ]; then
    echo "import: $gekregen (gelijk aan de grondwaarheid)"
else
    echo "import: $gekregen; VERWACHT: $verwacht" >&2
    exit 1
fi
