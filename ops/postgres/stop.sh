#!/usr/bin/env bash
# Stops the PostgreSQL server that ops/postgres/start.sh started on a data directory. The data
# stays; start.sh with the same directory brings it back.
#
#   ops/postgres/stop.sh [--data DIR] [--kill]     (--kill: immediate shutdown, as a crash; recovery from the WAL at the next start)
set -euo pipefail

VERSION="${PG_BINARIES_VERSION:-14.22.0}"
CACHE="${IJW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ijw-gateway}/postgres"
DATA="$CACHE/data"
MODUS=fast
while [ $# -gt 0 ]; do
    case "$1" in
        --data) DATA="$2"; shift 2 ;;
        --kill) MODUS=immediate; shift ;;
        --version) VERSION="$2"; shift 2 ;;
        *) echo "gebruik: $0 [--data DIR] [--kill]" >&2; exit 2 ;;
    esac
done
case "$(uname -m)" in
    x86_64|amd64) ARCH=amd64 ;;
    *) ARCH=arm64v8 ;;
esac
PG_CTL="$CACHE/postgres-$VERSION-$ARCH/bin/pg_ctl"
if [ ! -f "$DATA/postmaster.pid" ] || ! "$PG_CTL" -D "$DATA" status >/dev/null 2>&1; then
    echo "PostgreSQL draait niet (data $DATA)" >&2
    exit 0
fi
"$PG_CTL" -D "$DATA" -m "$MODUS" -w -t 60 stop >/dev/null
echo "PostgreSQL gestopt (data $DATA)"
