#!/usr/bin/env bash
# Starts a standalone ActiveMQ Artemis broker for the gateway (production-like, or for the
# broker fault test). The distribution comes from Maven Central (org.apache.activemq:apache-artemis,
# classifier bin) into a cache directory, is checked against its SHA-1, and a broker instance
# is created once per instance directory.
#
#   ops/artemis/start.sh [--port 61616] [--instance DIR] [--version 2.40.0] [--afzender CODE:WACHTWOORD ...]
#
# Every client logs in (issue 12 §3). The gateway is user ijw (role amq, every right); each
# --afzender makes the sender's user afzender-CODE (roles afzender and afzender-CODE), which may
# only send to ijw.berichten.in and read ijw.retour.CODE (and its own temporary queues). The
# broker stamps each message with its user (populate-validated-user), the gateway's sender.
# Senders are made with the instance; add one later as docs/beveiliging.md describes.
# Then point the gateway at it:
#   java -jar ijw-gateway.jar --spring.artemis.mode=native --spring.artemis.broker-url='tcp://127.0.0.1:61616' \
#        --spring.artemis.user=ijw --spring.artemis.password=ijw
# Stop it with ops/artemis/stop.sh --instance DIR.
set -euo pipefail

VERSION="${ARTEMIS_VERSION:-2.40.0}"
PORT=61616
CACHE="${IJW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ijw-gateway}/artemis"
INSTANCE="$CACHE/instance"
AFZENDERS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --port) PORT="$2"; shift 2 ;;
        --instance) INSTANCE="$2"; shift 2 ;;
        --version) VERSION="$2"; shift 2 ;;
        --afzender)
            [[ "$2" =~ ^[A-Za-z0-9]{1,20}:.+$ ]] || { echo "--afzender CODE:WACHTWOORD" >&2; exit 2; }
            AFZENDERS+=("$2"); shift 2 ;;
        *) echo "gebruik: $0 [--port P] [--instance DIR] [--version V] [--afzender CODE:WACHTWOORD ...]" >&2; exit 2 ;;
    esac
done
mkdir -p "$CACHE"
INSTANCE="$(mkdir -p "$INSTANCE" && cd "$INSTANCE" && pwd)"
HOME_DIR="$CACHE/apache-artemis-$VERSION"

haal() { # url file
    if command -v curl >/dev/null; then curl -fsSL --retry 3 -o "$2" "$1"; else wget -q -O "$2" "$1"; fi
}

if [ ! -x "$HOME_DIR/bin/artemis" ]; then
    base="https://repo1.maven.org/maven2/org/apache/activemq/apache-artemis/$VERSION"
    tgz="$CACHE/apache-artemis-$VERSION-bin.tar.gz"
    if [ ! -f "$tgz" ]; then
        echo "Artemis $VERSION ophalen van Maven Central" >&2
        haal "$base/apache-artemis-$VERSION-bin.tar.gz" "$tgz.part"
        haal "$base/apache-artemis-$VERSION-bin.tar.gz.sha1" "$tgz.sha1"
        echo "$(cut -c1-40 "$tgz.sha1")  $tgz.part" | sha1sum -c --quiet - || { rm -f "$tgz.part"; echo "SHA-1 klopt niet" >&2; exit 1; }
        mv "$tgz.part" "$tgz"
    fi
    # Unpack beside and rename, so a half-unpacked tree is never taken for a whole one.
    rm -rf "$HOME_DIR.part" && mkdir -p "$HOME_DIR.part"
    tar -xzf "$tgz" -C "$HOME_DIR.part" --strip-components=1
    mv "$HOME_DIR.part" "$HOME_DIR"
fi

# One security-setting: the gateway (amq) may do everything, plus the given extra permissions.
recht() { # match [type=roles ...]
    local match="$1"; shift
    printf '         <security-setting match="%s">\n' "$match"
    local t
    for t in createNonDurableQueue deleteNonDurableQueue createDurableQueue deleteDurableQueue createAddress \
             deleteAddress consume browse send manage; do
        local rollen="amq" e
        for e in "$@"; do [ "${e%%=*}" = "$t" ] && rollen="$rollen,${e#*=}"; done
        printf '            <permission type="%s" roles="%s"/>\n' "$t" "$rollen"
    done
    printf '         </security-setting>\n'
}

# The rights of issue 12 §3 (docs/beveiliging.md), the users of the senders, and the validated
# user on every message.
beveilig() { # etc-dir
    local etc="$1" instellingen paar code
    instellingen="$(mktemp)"
    {
        echo '      <security-settings>'
        # What no rule below names: the senders' temporary queues (JMSReplyTo), named by a UUID.
        recht '#' createNonDurableQueue=afzender deleteNonDurableQueue=afzender createAddress=afzender \
            deleteAddress=afzender consume=afzender browse=afzender
        recht 'ijw.#'
        recht 'activemq.#'
        recht 'DLQ'
        recht 'ExpiryQueue'
        recht 'ijw.berichten.in' send=afzender
        recht 'ijw.trajecten' createNonDurableQueue=monitor deleteNonDurableQueue=monitor createAddress=monitor consume=monitor
        for paar in ${AFZENDERS[@]+"${AFZENDERS[@]}"}; do
            code="${paar%%:*}"
            recht "ijw.retour.$code" consume="afzender-$code" browse="afzender-$code" \
                createDurableQueue="afzender-$code" createAddress="afzender-$code"
        done
        echo '      </security-settings>'
    } >"$instellingen"
    IJW_INSTELLINGEN="$instellingen" perl -0777 -pi -e '
        my $nieuw = do { local $/; open my $f, "<", $ENV{IJW_INSTELLINGEN} or die; <$f> };
        s{      <security-settings>.*?</security-settings>\n}{      <populate-validated-user>true</populate-validated-user>\n\n$nieuw}s
            or die "security-settings niet gevonden\n";' "$etc/broker.xml"
    rm -f "$instellingen"
    local alle=""
    for paar in ${AFZENDERS[@]+"${AFZENDERS[@]}"}; do
        code="${paar%%:*}"
        # A plain password here; "artemis user add" stores a salted hash instead (docs/beveiliging.md).
        printf '\nafzender-%s = %s\n' "$code" "${paar#*:}" >>"$etc/artemis-users.properties"
        printf '\nafzender-%s = afzender-%s\n' "$code" "$code" >>"$etc/artemis-roles.properties"
        alle="${alle:+$alle,}afzender-$code"
    done
    if [ -n "$alle" ]; then
        printf 'afzender = %s\n' "$alle" >>"$etc/artemis-roles.properties"
    fi
}

if [ ! -x "$INSTANCE/bin/artemis" ]; then
    "$HOME_DIR/bin/artemis" create "$INSTANCE" --force --silent --require-login \
        --user ijw --password ijw --host 127.0.0.1 --default-port "$PORT" \
        --no-web --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor \
        --java-memory 512M >/dev/null
    # The intake queue: a consumer that rolls back (database away) gets the message again after
    # a growing pause, up to a minute, and only after 200 attempts (over two hours) does it go
    # to the dead-letter queue, never dropped. The same settings as the embedded broker.
    sed -i 's#<address-settings>#<address-settings>\
         <address-setting match="ijw.berichten.in">\
            <dead-letter-address>ijw.berichten.dlq</dead-letter-address>\
            <auto-create-dead-letter-resources>false</auto-create-dead-letter-resources>\
            <redelivery-delay>1000</redelivery-delay>\
            <redelivery-delay-multiplier>2</redelivery-delay-multiplier>\
            <max-redelivery-delay>60000</max-redelivery-delay>\
            <max-delivery-attempts>200</max-delivery-attempts>\
         </address-setting>#' "$INSTANCE/etc/broker.xml"
    grep -q 'address-setting match="ijw.berichten.in"' "$INSTANCE/etc/broker.xml"
    beveilig "$INSTANCE/etc"
fi

pidfile="$INSTANCE/data/ijw-artemis.pid"
if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "Artemis draait al (pid $(cat "$pidfile"))" >&2
    exit 0
fi
mkdir -p "$INSTANCE/data" "$INSTANCE/log"
nohup "$INSTANCE/bin/artemis" run >>"$INSTANCE/log/console.log" 2>&1 </dev/null &
echo $! >"$pidfile"

for _ in $(seq 1 240); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
        echo "Artemis $VERSION luistert op tcp://127.0.0.1:$PORT (instance $INSTANCE, pid $(cat "$pidfile"))"
        exit 0
    fi
    if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        echo "Artemis stopte tijdens het starten; zie $INSTANCE/log/console.log" >&2
        tail -n 30 "$INSTANCE/log/console.log" >&2
        exit 1
    fi
    sleep 0.5
done
echo "Artemis luisterde na 120 s nog niet op poort $PORT" >&2
exit 1
