#!/bin/sh
# Run by the nginx image's entrypoint before nginx starts: writes the SPA's runtime configuration
# from the container environment, so one image serves every environment.
set -eu

json_string() {
  # Escape backslashes and double quotes for a JSON string literal.
  printf '"%s"' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"
}

cat > /usr/share/nginx/html/config.js <<CONFIG
window.__APP_CONFIG__ = {
  keycloakUrl: $(json_string "${KEYCLOAK_URL:-http://localhost:8180}"),
  realm: $(json_string "${KEYCLOAK_REALM:-giamngheo}"),
  clientId: $(json_string "${KEYCLOAK_CLIENT_ID:-giamngheo-web}"),
  apiBaseUrl: $(json_string "${API_BASE_URL:-}")
}
CONFIG
echo "40-app-config.sh: wrote /usr/share/nginx/html/config.js (Keycloak ${KEYCLOAK_URL:-http://localhost:8180})"
