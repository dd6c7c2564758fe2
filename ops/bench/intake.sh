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

# Variants of the official JW301 and JW305 examples, each with its own Identificatie and
# ToewijzingNummer, so every message is processed rather than answered as a repeat.
python3 - "$voorbeelden" "$werk/in" "$n" <<'PY'
import sys, pathlib
bron, doel, n = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
sjablonen = {s: (bron / f"{s}.xml").read_text(encoding="utf-8") for s in ("JW301", "JW305")}
for i in range(n):
    soort = "JW301" if i % 2 == 0 else "JW305"
    xml = sjablonen[soort].replace("123456789012", f"B{i:011d}")
    xml = xml.replace("300201", str(400000 + i // 2)).replace("300202", str(600000 + i // 2))
    (doel / f"{i:07d}-{soort}.xml").write_text(xml, encoding="utf-8")
PY

java -jar "$root/routes/target/ijw-gateway.jar" import "$werk/in" --retour-dir "$werk/uit" \
    --ijw.data-dir="$werk/data" 2> >(grep -E "^duur" >&2)
