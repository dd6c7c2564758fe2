#!/usr/bin/env bash
# Intake throughput of one gateway: N messages through the import command, which uses the same
# receiving route as HTTP, JMS and the inbox (archive, read + validate, rules, retour, commit).
# Usage: ops/bench/intake.sh [N]   (run as an ordinary user; build first: mvn -B package -DskipTests)
set -euo pipefail
n="${1:-2000}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
voorbeelden="$root/../shared/reference/ijw-3.2/examples"
werk="$(mktemp -d)"
trap 'rm -rf "$werk"' EXIT
mkdir -p "$werk/in"

# A consistent stream as the region sends it: per youth a toewijzing (JW301) and the start of
# care on it (JW305), each with its own BSN, ToewijzingNummer and Identificatie, built from the
# project's own test fixtures. Every message passes all rules, so the whole path is measured:
# archive, read + validate, rules against the state, state update, retour.
python3 - "$root/routes/src/test/resources/fixtures" "$werk/in" "$n" <<'PY'
import sys, pathlib
bron, doel, n = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
sjabloon = {s: (bron / f"{s}.xml").read_text(encoding="utf-8") for s in ("JW301", "JW305")}

def bsn(i):
    eerste8 = f"2{i:07d}"
    s = sum((9 - k) * int(c) for k, c in enumerate(eerste8))
    return eerste8 + str(s % 11) if s % 11 < 10 else None

jongeren = [b for b in (bsn(i) for i in range(n)) if b][: (n + 1) // 2]
for j, b in enumerate(jongeren):
    for soort in ("JW301", "JW305"):
        xml = (sjabloon[soort].replace("<ijw:Identificatie>ID<", f"<ijw:Identificatie>B{j:07d}<")
               .replace("999990019", b).replace(">700001<", f">{800000 + j}<"))
        (doel / f"{j:07d}-{soort}.xml").write_text(xml, encoding="utf-8")
PY

java ${JAVA_OPTS:-} -jar "$root/routes/target/ijw-gateway.jar" import "$werk/in" --retour-dir "$werk/uit" \
    --ijw.data-dir="$werk/data" 2> >(grep -E "^duur" >&2)
