#!/bin/sh
# Example service container: BusyBox httpd answering "hello from edgectl",
# restarted by its shim whenever it dies (--restart=always) and brought back
# at every boot by the init script's `edgectl autostart`.
#
#   hello-httpd.sh [IMAGE]        (default busybox:latest, or $HELLO_IMAGE)
#
# The image must be in the store. An edgectl built with the registry client
# (`edgectl version` lists +pull) pulls it on first use; without it, or with
# no route to a registry, bring it over from a machine that has it:
#     docker save -o busybox.tar busybox:latest   (or: edgectl save -o busybox.tar busybox:latest)
#     edgectl load -i busybox.tar                 (on the gateway)
#
# Networking: an edgectl with networking (+net) gives the container its own
# address on the default bridge and publishes its port 80 as HELLO_PORT on the
# host. A build without it (-net: only --network none and host) shares the
# host's network, so httpd listens on HELLO_PORT itself: never on 80, where a
# gateway usually serves its own web UI.
#
# Environment: EDGECTL_BIN (edgectl), EDGECTL_OPTS (global flags), HELLO_NAME
# (hello-httpd), HELLO_PORT (8080), HELLO_NETWORK (bridge; with +net only).
# Running it again changes nothing: an existing container is only started if
# it is not running.
set -u

EDGECTL_BIN=${EDGECTL_BIN:-edgectl}
EDGECTL_OPTS=${EDGECTL_OPTS:-}
IMAGE=${1:-${HELLO_IMAGE:-busybox:latest}}
NAME=${HELLO_NAME:-hello-httpd}
PORT=${HELLO_PORT:-8080}
NETWORK=${HELLO_NETWORK:-bridge}

edgectl() {
	# shellcheck disable=SC2086  # EDGECTL_OPTS is a list of flags
	"$EDGECTL_BIN" $EDGECTL_OPTS "$@"
}
die() {
	echo "hello-httpd: $*" >&2
	exit 1
}

# (`version` takes no global flags.)
features=$("$EDGECTL_BIN" version) || die "cannot run $EDGECTL_BIN"
features=$(printf '%s\n' "$features" | sed -n 's/^Features: //p')
has() { case " $features " in *" +$1 "*) return 0 ;; esac; return 1; }

if edgectl inspect "$NAME" >/dev/null 2>&1; then
	edgectl start "$NAME" >/dev/null || die "container $NAME exists but does not start"
	echo "$NAME: already set up, running"
	exit 0
fi

if ! edgectl image inspect "$IMAGE" >/dev/null 2>&1 && ! has pull; then
	die "image $IMAGE is not in the store and this edgectl cannot pull: load it first (edgectl load -i FILE.tar)"
fi

# sh as PID 1 with a TERM trap: `edgectl stop` and the shutdown at reboot
# end it at once (a PID 1 without a handler ignores SIGTERM and would only
# go with the SIGKILL after the stop timeout).
serve() { # serve PORT: the container's command
	echo "mkdir -p /www && echo 'hello from edgectl' > /www/index.html; trap 'exit 0' TERM; httpd -f -p $1 -h /www & wait"
}

if has net; then
	edgectl run -d --restart=always --name "$NAME" --network "$NETWORK" -p "$PORT:80" \
		"$IMAGE" sh -c "$(serve 80)" >/dev/null || die "could not start $NAME"
	echo "$NAME: running on network $NETWORK, port 80 published as host port $PORT: http://<gateway>:$PORT/"
else
	edgectl run -d --restart=always --name "$NAME" --network host \
		"$IMAGE" sh -c "$(serve "$PORT")" >/dev/null || die "could not start $NAME"
	echo "$NAME: running in the host's network (this edgectl has no networking): http://<gateway>:$PORT/"
fi
