import 'antd/dist/reset.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { AuthError } from './app/auth-error'
import { initAuth } from './lib/auth'
import { initI18n } from './lib/i18n'

initI18n()

const container = document.getElementById('root')
if (!container) throw new Error('index.html lacks #root')
const root = createRoot(container)

// Log in before React renders: keycloak-js must be initialised exactly once.
initAuth().then(
  () =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  (error: unknown) => {
    console.error('Keycloak initialisation failed', error)
    root.render(<AuthError />)
  },
)
