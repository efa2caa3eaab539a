import Keycloak from 'keycloak-js'
import { config } from './config'

/**
 * Keycloak login (authorization code + PKCE). `initAuth()` runs once, before React renders,
 * so StrictMode's double effects never start a second login.
 */
let keycloak: Keycloak | undefined

export async function initAuth(): Promise<void> {
  if (keycloak) return
  const instance = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId })
  await instance.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
  })
  keycloak = instance
}

/**
 * A valid access token for an API call, refreshed when it expires within 30 s; undefined
 * when nobody is logged in (unit tests). A failed refresh sends the user to the login page.
 */
export async function getAccessToken(): Promise<string | undefined> {
  if (!keycloak?.authenticated) return undefined
  try {
    await keycloak.updateToken(30)
  } catch {
    await keycloak.login()
    return undefined
  }
  return keycloak.token
}

/** Name from the ID token, shown until GET /api/v1/me answers. */
export function tokenDisplayName(): string | undefined {
  const parsed = keycloak?.tokenParsed
  const name: unknown = parsed?.name ?? parsed?.preferred_username
  return typeof name === 'string' ? name : undefined
}

export async function logout(): Promise<void> {
  await keycloak?.logout({ redirectUri: `${window.location.origin}/` })
}
