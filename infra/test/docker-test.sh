#!/usr/bin/env bash
# CI's Docker step (after `npm test`): builds the real Dockerfile's images on local stand-in base images, brings
# the compose stack up (2 API + 2 portal replicas behind Caddy, PostgreSQL), signs in through the proxy, imports a
# document, backs up and restores into a fresh installation, rolls the replicas under load, and brings it down.
# Starts dockerd if it is not running and then stops it again, whatever the outcome.
set -euo pipefail
cd "$(dirname "$0")/../.."

apt_install() {
  if [ "$(id -u)" != "0" ]; then echo "docker-test: cần cài $* (chạy với quyền root)" >&2; exit 1; fi
  for attempt in 1 2 3 4 5; do
    # Another engineer's apt may hold the lock: wait and retry.
    if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; then return; fi
    sleep $((attempt * 10))
  done
  exit 1
}
[ -x /usr/bin/docker ] && command -v dockerd >/dev/null || apt_install docker.io
command -v mmdebstrap >/dev/null || apt_install mmdebstrap
export DOCKER=/usr/bin/docker DOCKER_BUILDKIT=1

started_dockerd=""
cleanup() {
  local code=$?
  if [ -n "$started_dockerd" ]; then
    echo "docker-test: stopping the dockerd it started" >&2
    ids="$($DOCKER ps -aq --filter label=com.docker.compose.project 2>/dev/null | tr '\n' ' ')"
    [ -n "${ids// /}" ] && $DOCKER rm -f $ids >/dev/null 2>&1 || true
    kill "$started_dockerd" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$started_dockerd" 2>/dev/null || break; sleep 1; done
  fi
  exit "$code"
}
trap cleanup EXIT
if ! $DOCKER info >/dev/null 2>&1; then
  echo "docker-test: starting dockerd" >&2
  setsid dockerd >/tmp/bcdnq-dockerd.log 2>&1 < /dev/null &
  started_dockerd=$!
  for _ in $(seq 1 60); do $DOCKER info >/dev/null 2>&1 && break; sleep 1; done
  $DOCKER info >/dev/null 2>&1 || { echo "docker-test: dockerd did not start (/tmp/bcdnq-dockerd.log)" >&2; exit 1; }
fi

begin=$(date +%s)
# KEY=value lines: DOCKER_CONFIG (compose v2 plugin), NODE_IMAGE, POSTGRES_IMAGE, CADDY_IMAGE.
while IFS='=' read -r key value; do export "$key=$value"; done < <(infra/test/standins.sh)
echo "docker-test: base images ready in $(($(date +%s) - begin)) s" >&2
.tools/node_modules/.bin/pnpm --filter @bcdnq/infra exec vitest run -c vitest.docker.config.ts
echo "docker-test: done in $(($(date +%s) - begin)) s" >&2
