/**
 * Runtime configuration. `/config.js` (loaded by index.html before the app) may set
 * `window.__APP_CONFIG__`, so one built image can serve any environment; build-time
 * `VITE_*` variables come next, then the local development defaults.
 */
export interface AppConfig {
  keycloakUrl: string
  realm: string
  clientId: string
  /** Origin of the API; empty means the SPA's own origin (proxied by Vite or nginx). */
  apiBaseUrl: string
}

declare global {
  interface Window {
    __APP_CONFIG__?: Partial<AppConfig>
  }
}

const defaults: AppConfig = {
  keycloakUrl: 'http://localhost:8180',
  realm: 'giamngheo',
  clientId: 'giamngheo-web',
  apiBaseUrl: '',
}

function pick(...candidates: (string | undefined)[]): string | undefined {
  return candidates.find((value) => value !== undefined && value.trim() !== '')
}

export function loadConfig(
  runtime: Partial<AppConfig> = window.__APP_CONFIG__ ?? {},
  env: ImportMetaEnv = import.meta.env,
): AppConfig {
  return {
    keycloakUrl: pick(runtime.keycloakUrl, env.VITE_KEYCLOAK_URL) ?? defaults.keycloakUrl,
    realm: pick(runtime.realm, env.VITE_KEYCLOAK_REALM) ?? defaults.realm,
    clientId: pick(runtime.clientId, env.VITE_KEYCLOAK_CLIENT_ID) ?? defaults.clientId,
    apiBaseUrl: (pick(runtime.apiBaseUrl, env.VITE_API_BASE_URL) ?? defaults.apiBaseUrl).replace(/\/+$/, ''),
  }
}

export const config: AppConfig = loadConfig()
