#!/usr/bin/env bash
# Stops the broker that ops/artemis/start.sh started for an instance directory. Its messages
# stay in the instance's journal; start.sh with the same instance brings them back.
#
#   ops/artemis/stop.sh [--instance DIR] [--kill]     (--kill: SIGKILL, as a crash)
set -euo pipefail

CACHE="${IJW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ijw-gateway}/artemis"
INSTANCE="$CACHE/instance"
SIGNAAL=TERM
while [ $# -gt 0 ]; do
    case "$1" in
        --instance) INSTANCE="$2"; shift 2 ;;
        --kill) SIGNAAL=KILL; shift ;;
        *) echo "gebruik: $0 [--instance DIR] [--kill]" >&2; exit 2 ;;
    esac
done
pidfile="$INSTANCE/data/ijw-artemis.pid"
if [ ! -f "$pidfile" ] || ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "Artemis draait niet (instance $INSTANCE)" >&2
    rm -f "$pidfile"
    exit 0
fi
pid="$(cat "$pidfile")"
kill -s "$SIGNAAL" "$pid"
for _ in $(seq 1 120); do
    if ! kill -0 "$pid" 2>/dev/null; then
        rm -f "$pidfile"
        echo "Artemis gestopt (pid $pid)"
        exit 0
    fi
    sleep 0.5
done
echo "Artemis stopte niet binnen 60 s; SIGKILL" >&2
kill -9 "$pid" 2>/dev/null || true
rm -f "$pidfile"
