# Shared by deploy, backup and restore: how to call Docker Compose on this installation.
# Settings (environment): ENV_FILE (default infra/.env), COMPOSE_PROJECT_NAME (default from compose.yaml: bcdnq),
# DOCKER (default docker).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DOCKER="${DOCKER:-docker}"
ENV_FILE="${ENV_FILE:-$root/infra/.env}"
COMPOSE_FILE_PATH="$root/infra/compose.yaml"

fail() {
  echo "Lỗi: $*" >&2
  exit 1
}
note() { echo "[bcdnq] $*" >&2; }

[ -f "$ENV_FILE" ] || fail "không thấy $ENV_FILE — chép infra/.env.example thành infra/.env và điền các giá trị bắt buộc."
"$DOCKER" compose version >/dev/null 2>&1 || fail "cần Docker Compose v2 (lệnh \"$DOCKER compose\")."

compose() {
  "$DOCKER" compose --env-file "$ENV_FILE" -f "$COMPOSE_FILE_PATH" "$@"
}
