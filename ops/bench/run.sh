#!/usr/bin/env bash
# The benchmark of issue 6: builds the gateway, generates its data, measures, prints a Markdown
# table. Each comparison is measured in the same run, on the same files, as a ratio.
#
#   ops/bench/run.sh [--jeugdigen N] [--http N] [--trajecten N] [--snel] [--regio] [--regio-data DIR]
#
#   --jeugdigen N  youths of the simulated year for the bulk import and xmllint (default 2000,
#                  about 11,000 messages with two run-in years; the goal is stated for 1,000,000
#                  messages, about --jeugdigen 180000, which takes hours on 2 cores)
#   --http N       messages for the HTTP throughput run (default 8000)
#   --trajecten N  trajectories for the indicator benchmark (default 1000000)
#   --snel         short JMH runs (for a trial of the script itself)
#   --regio        bulk import, rebuild and xmllint on the region-size set of issue 11 instead
#                  (simulator --seed 11 --jaren 2024-2026 --jeugdigen 20000, about 301,000 messages);
#                  the imported set is then also the data of the dashboard and indicator rows
#   --regio-data DIR  a data directory into which the region-size set was imported (simulator
#                  --seed 11 --jaren 2024-2026 --jeugdigen 20000, then `import`); it is copied and
#                  the dashboard and indicator API are timed on the copy (section 5b). Without it
#                  those rows say "not measured".
#
# Needs: JDK 17, Maven, python3; installs libxml2-utils (xmllint) with apt-get when run as root.
# As root it builds and measures as the user ijw, because PostgreSQL refuses to run as root.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
jeugdigen=2000; http=8000; trajecten=1000000; snel=""; regio=""; regio_data=""; grondwaarheid="not checked (no --regio)"
while [ $# -gt 0 ]; do
    case "$1" in
        --jeugdigen) jeugdigen="$2"; shift 2 ;;
        --trajecten) trajecten="$2"; shift 2 ;;
        --http) http="$2"; shift 2 ;;
        --snel) snel="ja"; shift ;;
        --regio) regio="ja"; shift ;;
        --regio-data) regio_data="$(cd "$2" && pwd)"; shift 2 ;;
        *) echo "onbekende optie $1" >&2; exit 2 ;;
    esac
done

if [ "$(id -u)" -eq 0 ]; then
    command -v xmllint >/dev/null || { apt-get update -qq && apt-get install -y -qq libxml2-utils >/dev/null; }
    id ijw >/dev/null 2>&1 || useradd --create-home --shell /bin/bash ijw
    chown -R ijw:ijw "$root"
    d="$root"; while [ "$d" != "/" ]; do chmod o+x "$d" 2>/dev/null || true; d="$(dirname "$d")"; done
    exec runuser -u ijw -- env HOME=/home/ijw bash "$0" --jeugdigen "$jeugdigen" --http "$http" --trajecten "$trajecten" ${snel:+--snel} \
        ${regio:+--regio} ${regio_data:+--regio-data "$regio_data"}
fi
command -v xmllint >/dev/null || { echo "xmllint ontbreekt: apt-get install libxml2-utils" >&2; exit 1; }

werk="$(mktemp -d)"
trap 'kill "${gateway_pid:-}" 2>/dev/null || true; rm -rf "$werk"' EXIT
log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }

log "bouwen"
(cd "$root" && mvn -B -q package -DskipTests && mvn -B -q -pl routes test-compile dependency:build-classpath \
    -Dmdep.outputFile="$werk/cp.txt" -Dmdep.includeScope=test) >&2
jar="$root/routes/target/ijw-gateway.jar"
cp="$root/routes/target/test-classes:$root/routes/target/classes:$(cat "$werk/cp.txt")"
xsd="$root/xsd/src/main/resources/ijw/3_2"

# --- 1. parse + schema validation per message (JMH) ------------------------------------------
log "JMH: lezen + valideren tegen alleen valideren (JDK)"
# Warm-up: 5 x 2 s for both sides (JMH's own default is 5 x 10 s). With 3 x 2 s the gateway's
# larger chain was still being compiled in the measured iterations (a kind rose from 18,000 to
# 56,000 msg/s over its five), which measured the JIT rather than the reading.
jmh_opts=(-f 1 -wi 5 -i 5 -w 2 -r 2); [ -n "$snel" ] && jmh_opts=(-f 1 -wi 1 -i 2 -w 1 -r 1)
java -cp "$cp" org.openjdk.jmh.Main LeesBenchmark "${jmh_opts[@]}" -rf csv -rff "$werk/jmh.csv" \
    -jvmArgs "-Dijw.fixtures=$root/routes/src/test/resources/fixtures" >&2
read -r jmh_gateway jmh_jdk < <(python3 - "$werk/jmh.csv" <<'PY'
import csv, sys, statistics
rows = list(csv.DictReader(open(sys.argv[1])))
def score(naam):
    return statistics.geometric_mean(float(r["Score"]) for r in rows if r["Benchmark"].endswith("." + naam))
print(f"{score('gateway'):.0f} {score('jdk'):.0f}")
PY
)

# --- 2. data ------------------------------------------------------------------------------
mkdir -p "$werk/http" "$werk/warm"
log "data: een gesimuleerd jaar ($jeugdigen jeugdigen, zonder foute berichten) en $http toewijzingen voor HTTP"
java -jar "$root/simulator/target/ijw-simulator.jar" --seed 42 --jaren 2025 --jeugdigen "$jeugdigen" \
    --fout-aandeel 0 --uit "$werk/sim" > "$werk/simulator.txt"
berichten=$(find "$werk/sim/berichten" -name '*.xml' | wc -l)
# HTTP: toewijzingen (JW301) only, each its own youth, so that every request is a full accepted
# path in whatever order 16 clients deliver them.
python3 - "$root/routes/src/test/resources/fixtures" "$werk/http" "$http" <<'PY'
import sys, pathlib
bron, httpdoel, nhttp = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
sjabloon = (bron / "JW301.xml").read_text(encoding="utf-8")
def bsn(i):
    eerste8 = f"{i:08d}"
    s = sum((9 - k) * int(c) for k, c in enumerate(eerste8))
    return eerste8 + str(s % 11) if s % 11 < 10 else None
bsns = (b for b in (bsn(i) for i in range(20_000_000, 99_999_999)) if b)
def bericht(j, b, nummer):
    return (sjabloon.replace("<ijw:Identificatie>ID<", f"<ijw:Identificatie>301{j:08d}<")
            .replace("999990019", b).replace(">700001<", f">{nummer}<"))
for j in range(nhttp):
    (httpdoel / f"{j:08d}.xml").write_text(bericht(50_000_000 + j, next(bsns), 60_000_000 + j), encoding="utf-8")
warm = httpdoel.parent / "warm"
# Warming up the JIT before the measured HTTP runs: the gateway's code is large (Spring, Camel,
# Tomcat, Artemis, Xerces: 25,000 compilations), and after 500 messages the compiler threads
# still took about 4 ms of CPU per message; a gateway serves for weeks, so the steady state counts.
for j in range(3000):
    (warm / f"{j:08d}.xml").write_text(bericht(70_000_000 + j, next(bsns), 80_000_000 + j), encoding="utf-8")
PY

# --- 3. intake: bulk import and rebuild against xmllint (issue 11 §2) ---------------------------
# Own section, one function: the import's progress goes to its own file (stderr), its summary to stdout.
intake_bulk() {
    local set="$werk/sim/berichten" streng="ja"
    if [ -n "$regio" ]; then
        set="$werk/regio/berichten"; jeugdigen=20000; streng=""
        log "data: de regio (--seed 11 --jaren 2024-2026 --jeugdigen 20000)"
        java -jar "$root/simulator/target/ijw-simulator.jar" --seed 11 --jaren 2024-2026 --jeugdigen 20000 \
            --uit "$werk/regio" > "$werk/regio.txt"
    fi
    berichten=$(find "$set" -name '*.xml' | wc -l)
    log "xmllint --noout --schema op dezelfde $berichten bestanden"
    local t0 t1 soort
    t0=$(date +%s.%N)
    for soort in JW301 JW305 JW307 JW315 JW317 JW319 JW323; do
        # Files that break their schema on purpose (the regional set has them) do not stop the run.
        find "$set" -name "*-$soort.xml" -print0 | xargs -0 -r -n 500 xmllint --noout --schema "$xsd/$soort.xsd" \
            2>"$werk/xmllint-$soort.txt" >/dev/null || [ -z "$streng" ] \
            || { echo "xmllint keurt bestanden af:" >&2; grep -v validates "$werk/xmllint-$soort.txt" | head >&2; exit 1; }
    done
    t1=$(date +%s.%N)
    xmllint_rate=$(python3 -c "print(round($berichten / ($t1 - $t0)))")
    log "import (archief, lezen, regels, stand, retour, levering gepland) in de ingebedde PostgreSQL"
    t0=$(date +%s.%N)
    java -jar "$jar" import "$set" --retour-dir "$werk/uit" --ijw.data-dir="$werk/data-import" \
        > "$werk/import.txt" 2> "$werk/import-voortgang.txt"
    t1=$(date +%s.%N)
    import_rate=$(python3 -c "print(round($berichten / ($t1 - $t0)))")
    import_duur=$(python3 -c "print(f'{$t1 - $t0:.0f} s')")
    log "$(cat "$werk/import.txt")"
    if [ -z "$regio" ]; then
        verwacht=$(grep -o '"samenvatting":"[^"]*"' "$werk/sim/grondwaarheid.json" | sed 's/"samenvatting":"\(.*\)"/\1/')
        [ "$(tail -n 1 "$werk/import.txt")" = "$verwacht" ] || log "LET OP: import wijkt af van de grondwaarheid: $verwacht"
    fi
    log "rebuild van de stand uit het archief van $berichten berichten"
    t0=$(date +%s.%N)
    java -jar "$jar" rebuild --ijw.data-dir="$werk/data-import" > "$werk/rebuild.txt" 2> "$werk/rebuild-voortgang.txt"
    t1=$(date +%s.%N)
    rebuild_duur=$(python3 -c "print(f'{$t1 - $t0:.0f} s')")
    log "$(cat "$werk/rebuild.txt") in $rebuild_duur"
    # The region's imported (and rebuilt) archive is the data the indicator section times.
    if [ -n "$regio" ] && [ -z "$regio_data" ]; then regio_data="$werk/data-import"; fi
    [ -n "$regio" ] && grondwaarheid_regio
    return 0
}

# The indicators of the imported (and rebuilt) region against the simulator's ground truth, per
# year, every indicator the ground truth has. The gateway refuses messages dated after its today
# (TR135), so a year that has not ended yet cannot be equal and is shown as such.
grondwaarheid_regio() {
    local peil jaar
    peil=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["peildatum"])' "$werk/regio/grondwaarheid.json")
    for jaar in $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))["indicatoren"]))' "$werk/regio/grondwaarheid.json"); do
        java -jar "$jar" indicators --jaar "$jaar" --format json --peildatum "$peil" --ijw.indicatoren.min-cell-size=1 \
            --ijw.data-dir="$werk/data-import" > "$werk/indicatoren-$jaar.json" 2>> "$werk/indicatoren-cli.txt"
    done
    grondwaarheid=$(python3 - "$werk/regio/grondwaarheid.json" "$werk" "$(date +%Y)" <<'PY'
import json, sys
waar = json.load(open(sys.argv[1]))["indicatoren"]
uit, verschil = [], []
def zelfde(a, b):
    return (a is None and b is None) or (a is not None and b is not None and abs(float(a) - float(b)) < 1e-9)
for jaar, cellen in sorted(waar.items()):
    gateway = {c["id"]: c for c in json.load(open(f"{sys.argv[2]}/indicatoren-{jaar}.json"))}
    gelijk = [c for c in cellen if c["id"] in gateway
              and zelfde(c["waarde"], gateway[c["id"]]["waarde"]) and zelfde(c["noemer"], gateway[c["id"]]["noemer"])]
    lopend = " (year not ended: messages after today refused, TR135)" if int(jaar) >= int(sys.argv[3]) else ""
    uit.append(f"{jaar}: {len(gelijk)}/{len(cellen)} equal{lopend}")
    if not lopend:
        verschil += [f"{jaar} {c['id']}" for c in cellen if c not in gelijk]
print("; ".join(uit) + ("; DIFFERENT: " + ", ".join(verschil) if verschil else ""))
PY
)
    log "grondwaarheid: $grondwaarheid"
}
intake_bulk

# --- 4. HTTP intake -----------------------------------------------------------------------------
poort=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
bpoort=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
log "gateway starten met -Xmx512m op poort $poort"
java -Xmx512m -jar "$jar" --server.port="$poort" --ijw.broker-port="$bpoort" --ijw.data-dir="$werk/data-http" \
    > "$werk/gateway.log" 2>&1 &
gateway_pid=$!
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$poort/actuator/health" >/dev/null 2>&1 && break; sleep 1
done
url="http://127.0.0.1:$poort/ijw/berichten"
sleutel="dev-afzender-0153"
java -cp "$cp" nl.twente.ijw.gateway.bench.HttpLast "$url" "$werk/warm" gesloten 16 "$sleutel" >/dev/null
log "HTTP: 16 gelijktijdige clients"
gesloten=$(java -cp "$cp" nl.twente.ijw.gateway.bench.HttpLast "$url" "$werk/http" gesloten 16 "$sleutel")
log "$gesloten"
# Before the open loop, which leaves the gateway a backlog of requests its clients gave up on.
# JMS: as many toewijzingen again (other Identificatie and numbers) on ijw.berichten.in, 16 senders.
mkdir -p "$werk/jms"
python3 - "$werk/http" "$werk/jms" <<'PY'
import sys, pathlib, re
bron, doel = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for p in sorted(bron.glob("*.xml")):
    t = p.read_text(encoding="utf-8").replace("<ijw:Identificatie>301", "<ijw:Identificatie>JMS")
    t = re.sub(r">(6\d{7})<", lambda m: ">" + str(int(m.group(1)) + 30_000_000) + "<", t)
    (doel / p.name).write_text(t, encoding="utf-8")
PY
log "JMS: 16 zenders op ijw.berichten.in"
jms=$(java -cp "$cp" nl.twente.ijw.gateway.bench.JmsLast "tcp://127.0.0.1:$bpoort" "$werk/jms" 0153 dev-afzender-0153 16 \
    2>> "$werk/jms-fout.txt") || jms="per_seconde=0 retours=0 p99_ms=- (failed: $(tail -n 1 "$werk/jms-fout.txt"))"
log "$jms"
# latency at 500 messages/s: 30 s of fresh toewijzingen (open loop)
mkdir -p "$werk/open"
python3 - "$werk/http" "$werk/open" <<'PY'
import sys, pathlib, re
bron, doel = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for i, p in enumerate(sorted(bron.glob("*.xml"))[:15000]):
    t = p.read_text(encoding="utf-8").replace("<ijw:Identificatie>301", "<ijw:Identificatie>OPN")
    t = re.sub(r">(6\d{7})<", lambda m: ">" + str(int(m.group(1)) + 10_000_000) + "<", t)
    (doel / p.name).write_text(t, encoding="utf-8")
PY
open=$(java -cp "$cp" nl.twente.ijw.gateway.bench.HttpLast "$url" "$werk/open" open 500 "$sleutel")
log "$open"
heap=$(jcmd "$gateway_pid" GC.heap_info 2>/dev/null | awk '/garbage-first heap|total/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}' || true)
# Not a graceful stop: the open loop left requests its clients gave up on, which a graceful stop would finish first.
kill -9 "$gateway_pid" 2>/dev/null || true; wait "$gateway_pid" 2>/dev/null || true; gateway_pid=""
oom=$(grep -c OutOfMemoryError "$werk/gateway.log" || true)

waarde() { echo "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1==k {print $2}'; }
http_rate=$(waarde "$gesloten" per_seconde); http_status=$(waarde "$gesloten" statussen)
open_rate=$(waarde "$open" per_seconde); p99=$(waarde "$open" p99_ms); open_status=$(waarde "$open" statussen)
open_ontvangen=$(waarde "$open" ontvangen_per_seconde); p99_200=$(waarde "$open" p99_200_ms)
jms_rate=$(waarde "$jms" per_seconde); jms_retours=$(waarde "$jms" retours); jms_p99=$(waarde "$jms" p99_ms)

# --- 5. indicators (issue 11 §1): 1,000,000 trajectories, and the region-size set --------------
# Every timing is one request with curl (time_total, seconds), in this order.
meet_indicatoren() {
    log "indicatoren van alle jaren uit $trajecten trajecten"
    (cd "$root" && mvn -B -pl routes verify -Dtest=IndicatorBenchmark -Dijw.bench=true -Dijw.bench.n="$trajecten" \
        -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true) > "$werk/indicatoren.txt" 2>&1 || true
    indicatoren=$(grep -E "trajecten gevuld in" "$werk/indicatoren.txt" | tail -1 | sed 's/.*indicatoren van/indicators of/' || true)
    [ -n "$indicatoren" ] || indicatoren="not measured (see the Maven output)"
    ind_eerste="not measured (no --regio-data)"; ind_weer="-"; ind_api="-"; ind_filter="-"; ind_peil="-"
    ind_bericht="-"; ind_na="-"; ind_afgekeurd="-"
    [ -n "$regio_data" ] || return 0
    log "indicatoren op de regio-set: kopie van $regio_data"
    cp -a "$regio_data" "$werk/regio-kopie"
    rm -f "$werk/regio-kopie/pg/postmaster.pid"
    local poort bpoort url pid t
    poort=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    bpoort=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    java -jar "$jar" --server.port="$poort" --ijw.broker-port="$bpoort" --ijw.data-dir="$werk/regio-kopie" > "$werk/regio.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$poort/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
    url="http://127.0.0.1:$poort"
    tijd() { curl -s -o /dev/null -w '%{time_total}' -H "X-Api-Key: dev-monitor" "$url$1"; }
    ind_eerste=$(tijd /dashboard)
    ind_weer=$(tijd /dashboard)
    ind_api=$(tijd "/api/indicatoren?jaar=2025")
    local gemeente
    gemeente=$(curl -s -H "X-Api-Key: dev-monitor" "$url/api/indicatoren/definities" | python3 -c 'import json,sys; print(json.load(sys.stdin)["gemeenten"][0]["code"])' || echo 0153)
    ind_filter="$(tijd "/api/indicatoren?jaar=2025&gemeente=$gemeente") (gemeente $gemeente), $(tijd "/api/indicatoren?jaar=2025&segment=VERBLIJF") (segment)"
    ind_peil=$(tijd "/api/indicatoren?jaar=2025&peildatum=2025-06-30")
    # 200 new toewijzingen (accepted), each its own youth: what keeping trajectories and journal adds per message.
    mkdir -p "$werk/regio-berichten"
    python3 - "$root/routes/src/test/resources/fixtures" "$werk/regio-berichten" 200 <<'PY'
import sys, pathlib
bron, doel, n = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
sjabloon = (bron / "JW301.xml").read_text(encoding="utf-8")
def bsn(i):
    s = sum((9 - k) * int(c) for k, c in enumerate(f"{i:08d}"))
    return f"{i:08d}" + str(s % 11) if s % 11 < 10 else None
bsns = (b for b in (bsn(i) for i in range(41_000_000, 99_999_999)) if b)
for j in range(n):
    (doel / f"{j:04d}.xml").write_text(sjabloon.replace("<ijw:Identificatie>ID<", f"<ijw:Identificatie>IND{j:08d}<")
        .replace("999990019", next(bsns)).replace(">700001<", f">{95_000_000 + j}<"), encoding="utf-8")
PY
    java -cp "$cp" nl.twente.ijw.gateway.bench.HttpLast "$url/ijw/berichten" "$werk/regio-berichten" gesloten 4 dev-afzender-0153 >/dev/null
    ind_bericht=$(curl -s -H "X-Api-Key: dev-beheer" "$url/actuator/metrics/ijw.trajecten.bijwerken" | python3 -c '
import json, sys
m = {x["statistic"]: x["value"] for x in json.load(sys.stdin)["measurements"]}
gemiddeld, aantal, hoogst = 1000 * m["TOTAL_TIME"] / m["COUNT"], m["COUNT"], 1000 * m["MAX"]
print("%.2f ms mean over %d messages (max %.1f ms)" % (gemiddeld, aantal, hoogst))' || echo "not measured")
    ind_na="$(tijd /dashboard) (first), $(tijd /dashboard) (again)"
    # A refused message (a start on an unknown toewijzing) must leave the computed page in place.
    sed -e 's/<ijw:Identificatie>ID</<ijw:Identificatie>INDAFG1</' "$root/routes/src/test/resources/fixtures/JW305.xml" > "$werk/afgekeurd.xml" 2>/dev/null || true
    curl -s -o /dev/null -X POST -H 'Content-Type: application/xml' -H 'X-Api-Key: dev-afzender-87654321' \
        --data-binary @"$werk/afgekeurd.xml" "$url/ijw/berichten" || true
    ind_afgekeurd=$(tijd /dashboard)
    kill "$pid"; wait "$pid" 2>/dev/null || true
}
# A failure in this section leaves its rows "not measured" instead of ending the run without a table.
meet_indicatoren || log "indicatoren: sectie afgebroken (zie de uitvoer hierboven)"

# --- 6. table ---------------------------------------------------------------------------------
ratio() { python3 -c "print(f'{100*$1/$2:.0f}%')"; }
cat <<MD

Run of $(date -u +%Y-%m-%d) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)

| what | measured | against | ratio / value | goal |
|---|---|---|---|---|
| parse + schema validation per message (JMH, 7 message kinds, geometric mean) | $jmh_gateway msg/s | JDK validator alone: $jmh_jdk msg/s | $(ratio "$jmh_gateway" "$jmh_jdk") | ≥ 80% |
| bulk \`import\` of $berichten simulated messages ($jeugdigen youths) into PostgreSQL | $import_rate msg/s ($import_duur) | \`xmllint --noout --schema\`: $xmllint_rate msg/s | $(ratio "$import_rate" "$xmllint_rate") | ≥ 25% |
| region set: indicators after import and rebuild against the simulator's ground truth | $grondwaarheid | — | — | every ended year equal |
| \`rebuild\` of the state from that archive | $rebuild_duur ($(cat "$werk/rebuild.txt")) | — | — | < 2 min for 300,000 messages |
| HTTP intake, 16 concurrent clients, durable archive ($http messages) | $http_rate msg/s (statuses $http_status) | — | $http_rate msg/s | ≥ 2,000 msg/s |
| JMS intake, 16 senders, persistent ($http messages) | $jms_rate msg/s ($jms_retours retours, p99 $jms_p99 ms) | HTTP: $http_rate msg/s | $(ratio "${jms_rate:-0}" "${http_rate:-1}") | ≥ 100% (as fast as HTTP) |
| HTTP latency at 500 msg/s offered, open loop ($(waarde "$open" berichten) messages) | received (200): p99 $p99_200 ms, $open_ontvangen msg/s; every answer (503 "full, send again" included): p99 $p99 ms (statuses $open_status) | — | p99 $p99_200 ms | < 25 ms |
| indicators for all years from $trajecten trajectories | $indicatoren | — | — | < 10 s |
| region set: first \`/dashboard\` after start (s) | $ind_eerste | — | — | < 2 s |
| region set: the same \`/dashboard\` again (s) | $ind_weer | — | — | < 0.2 s |
| region set: \`/api/indicatoren?jaar=2025\` (s) | $ind_api | — | — | < 1 s |
| region set: \`/api/indicatoren?jaar=2025\` with a filter (s) | $ind_filter; peildatum: $ind_peil | — | — | < 1 s |
| region set: intake cost of keeping trajectories and indicator journal per accepted message | $ind_bericht | — | — | < 5 ms |
| region set: \`/dashboard\` after 200 new messages (s) | $ind_na | — | — | affected cells only |
| region set: \`/dashboard\` after a refused message (s) | $ind_afgekeurd | — | — | cache kept (< 0.2 s) |
| memory under the HTTP load | heap used at the end: ${heap:-?}; -Xmx512m, OutOfMemoryError: $oom | — | ≤ 512 MiB | ≤ 512 MiB |
MD
