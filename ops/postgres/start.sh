#!/usr/bin/env bash
# Starts a standalone PostgreSQL server for one or more gateway instances (production-like on
# one machine, or for the test with two instances). The binaries are the ones the gateway's
# embedded PostgreSQL uses: io.zonky.test.postgres:embedded-postgres-binaries-linux-<arch> from
# the local Maven repository, else from Maven Central (SHA-1 checked), unpacked once into a
# cache directory. The cluster is created once per data directory (initdb), with one
# superuser and password authentication; the server listens on 127.0.0.1 only.
# PostgreSQL refuses to run as root: run this as an ordinary user.
#
#   ops/postgres/start.sh [--port 5432] [--data DIR] [--user ijw] [--password ijw] [--version 14.22.0]
#   (the password only sets up a new cluster; IJW_PG_WACHTWOORD in the environment keeps it out of ps)
#
# Then point every gateway instance at it:
#   java -jar ijw-gateway.jar --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/postgres \
#        --spring.datasource.username=ijw --spring.datasource.password=ijw
# Stop it with ops/postgres/stop.sh --data DIR.
set -euo pipefail

VERSION="${PG_BINARIES_VERSION:-14.22.0}"
PORT=5432
CACHE="${IJW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ijw-gateway}/postgres"
DATA="$CACHE/data"
GEBRUIKER=ijw
WACHTWOORD="${IJW_PG_WACHTWOORD:-ijw}"
while [ $# -gt 0 ]; do
    case "$1" in
        --port) PORT="$2"; shift 2 ;;
        --data) DATA="$2"; shift 2 ;;
        --user) GEBRUIKER="$2"; shift 2 ;;
        --password) WACHTWOORD="$2"; shift 2 ;;
        --version) VERSION="$2"; shift 2 ;;
        *) echo "gebruik: $0 [--port P] [--data DIR] [--user U] [--password W] [--version V]" >&2; exit 2 ;;
    esac
done
if [ "$(id -u)" = 0 ]; then
    echo "PostgreSQL draait niet als root; start dit script als een gewone gebruiker" >&2
    exit 1
fi
case "$(uname -m)" in
    x86_64|amd64) ARCH=amd64 ;;
    aarch64|arm64) ARCH=arm64v8 ;;
    *) echo "geen PostgreSQL-binaries voor $(uname -m)" >&2; exit 1 ;;
esac
mkdir -p "$CACHE"
DATA="$(mkdir -p "$DATA" && cd "$DATA" && pwd)"
BIN_HOME="$CACHE/postgres-$VERSION-$ARCH"

haal() { # url file
    if command -v curl >/dev/null; then curl -fsSL --retry 3 -o "$2" "$1"; else wget -q -O "$2" "$1"; fi
}

if [ ! -x "$BIN_HOME/bin/pg_ctl" ]; then
    naam="embedded-postgres-binaries-linux-$ARCH"
    pad="io/zonky/test/postgres/$naam/$VERSION/$naam-$VERSION.jar"
    jar="${MAVEN_REPO:-$HOME/.m2/repository}/$pad"
    if [ ! -f "$jar" ]; then
        jar="$CACHE/$naam-$VERSION.jar"
        if [ ! -f "$jar" ]; then
            echo "PostgreSQL-binaries $VERSION ophalen van Maven Central" >&2
            haal "https://repo1.maven.org/maven2/$pad" "$jar.part"
            haal "https://repo1.maven.org/maven2/$pad.sha1" "$jar.sha1"
            echo "$(cut -c1-40 "$jar.sha1")  $jar.part" | sha1sum -c --quiet - || { rm -f "$jar.part"; echo "SHA-1 klopt niet" >&2; exit 1; }
            mv "$jar.part" "$jar"
        fi
    fi
    # Unpack beside and rename, so a half-unpacked tree is never taken for a whole one.
    rm -rf "$BIN_HOME.part" && mkdir -p "$BIN_HOME.part"
    txz="$(unzip -Z1 "$jar" | grep '\.txz$' | head -n 1)"
    unzip -p "$jar" "$txz" | tar -xJ -C "$BIN_HOME.part"
    mv "$BIN_HOME.part" "$BIN_HOME"
fi

if [ ! -f "$DATA/PG_VERSION" ]; then
    pw="$(mktemp)"
    trap 'rm -f "$pw"' EXIT
    printf '%s\n' "$WACHTWOORD" >"$pw"
    "$BIN_HOME/bin/initdb" -D "$DATA" -U "$GEBRUIKER" --pwfile="$pw" --auth=scram-sha-256 \
        -E UTF8 --locale=C >"$DATA.initdb.log" 2>&1 || { cat "$DATA.initdb.log" >&2; exit 1; }
    rm -f "$pw"
    # Several gateway instances (each a pool of 10) plus commands such as rebuild.
    cat >>"$DATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
max_connections = 100
CONF
fi

if "$BIN_HOME/bin/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    echo "PostgreSQL draait al (data $DATA)" >&2
    exit 0
fi
# The socket in the data directory: /var/run/postgresql may not exist or not be writable.
"$BIN_HOME/bin/pg_ctl" -D "$DATA" -l "$DATA/postgresql.log" -w -t 120 \
    -o "-p $PORT -c unix_socket_directories='$DATA'" start >/dev/null \
    || { echo "PostgreSQL startte niet; zie $DATA/postgresql.log" >&2; tail -n 30 "$DATA/postgresql.log" >&2; exit 1; }
echo "PostgreSQL $VERSION luistert op 127.0.0.1:$PORT (data $DATA, gebruiker $GEBRUIKER, pid $(head -n 1 "$DATA/postmaster.pid"))"
