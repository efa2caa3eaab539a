import { createBrowserRouter, Navigate, type RouteObject } from 'react-router'
import { FullPageSpin } from '@/components/full-page-spin'
import { AppLayout } from './layout/app-layout'
import { NotFoundRoute } from './routes/not-found'
import { RouteError } from './routes/route-error'

/** Routes; each feature's pages load as their own chunk. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    HydrateFallback: FullPageSpin,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="/areas" replace /> },
          {
            path: 'areas',
            lazy: { Component: async () => (await import('./routes/areas/provinces')).ProvincesRoute },
          },
          {
            path: 'areas/:provinceCode',
            lazy: { Component: async () => (await import('./routes/areas/communes')).CommunesRoute },
          },
          {
            path: 'areas/:provinceCode/communes/:communeCode',
            lazy: { Component: async () => (await import('./routes/areas/commune')).CommuneRoute },
          },
          {
            path: 'communes/:communeCode',
            lazy: { Component: async () => (await import('./routes/areas/commune')).CommuneRedirectRoute },
          },
          {
            path: 'households',
            lazy: { Component: async () => (await import('./routes/households/households')).HouseholdsRoute },
          },
          {
            path: 'households/new',
            lazy: { Component: async () => (await import('./routes/households/new-household')).NewHouseholdRoute },
          },
          {
            path: 'households/:id',
            lazy: { Component: async () => (await import('./routes/households/household')).HouseholdRoute },
          },
          {
            path: 'households/:id/records/new',
            lazy: { Component: async () => (await import('./routes/households/new-record')).NewRecordRoute },
          },
          {
            path: 'classification',
            lazy: {
              Component: async () => (await import('./routes/classification/classification')).ClassificationRoute,
            },
          },
          {
            path: 'standards',
            lazy: { Component: async () => (await import('./routes/standards/standards')).StandardsRoute },
          },
          {
            path: 'standards/:code',
            lazy: { Component: async () => (await import('./routes/standards/standard')).StandardRoute },
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]

export function createAppRouter() {
  return createBrowserRouter(routes)
}
