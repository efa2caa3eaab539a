import { describe, expect, it } from 'vitest'
import { loadConfig } from './config'

const noEnv = {} as ImportMetaEnv

describe('loadConfig', () => {
  it('uses the local defaults when nothing is configured', () => {
    expect(loadConfig({}, noEnv)).toEqual({
      keycloakUrl: 'http://localhost:8180',
      realm: 'giamngheo',
      clientId: 'giamngheo-web',
      apiBaseUrl: '',
    })
  })

  it('prefers window.__APP_CONFIG__ over build-time variables', () => {
    const env = { ...noEnv, VITE_KEYCLOAK_URL: 'http://build:8180', VITE_KEYCLOAK_REALM: 'build-realm' }
    const config = loadConfig({ keycloakUrl: 'https://sso.example.vn', realm: '' }, env)
    expect(config.keycloakUrl).toBe('https://sso.example.vn')
    expect(config.realm).toBe('build-realm')
  })

  it('drops a trailing slash from the API origin', () => {
    expect(loadConfig({ apiBaseUrl: 'https://api.example.vn/' }, noEnv).apiBaseUrl).toBe('https://api.example.vn')
  })
})
