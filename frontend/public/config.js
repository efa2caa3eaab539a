// Runtime configuration of the SPA. Empty here: the app then uses its build-time VITE_* values
// or the local defaults (Keycloak http://localhost:8180, realm giamngheo, client giamngheo-web,
// API on the same origin). The container image rewrites this file from its environment:
// window.__APP_CONFIG__ = { keycloakUrl, realm, clientId, apiBaseUrl }
window.__APP_CONFIG__ = {}
