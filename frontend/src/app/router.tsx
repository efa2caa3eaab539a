import { createBrowserRouter, type RouteObject } from 'react-router'
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
          { index: true, lazy: { Component: async () => (await import('./routes/home')).HomeRoute } },
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
            path: 'imports',
            lazy: { Component: async () => (await import('./routes/imports/imports')).ImportsRoute },
          },
          {
            path: 'imports/:id',
            lazy: { Component: async () => (await import('./routes/imports/imports')).ImportsRoute },
          },
          {
            path: 'reviews',
            lazy: { Component: async () => (await import('./routes/reviews/reviews')).ReviewsRoute },
          },
          {
            path: 'reviews/:id',
            lazy: { Component: async () => (await import('./routes/reviews/review')).ReviewRoute },
          },
          {
            path: 'reviews/:id/items/:itemId',
            lazy: { Component: async () => (await import('./routes/reviews/review-item')).ReviewItemRoute },
          },
          {
            path: 'reviews/:id/items/:itemId/survey',
            lazy: { Component: async () => (await import('./routes/reviews/review-survey')).ReviewSurveyRoute },
          },
          {
            path: 'support',
            lazy: { Component: async () => (await import('./routes/support/workspace')).SupportWorkspaceRoute },
          },
          {
            path: 'support/plans/:id',
            lazy: { Component: async () => (await import('./routes/support/plan')).SupportPlanRoute },
          },
          {
            path: 'support/groups',
            lazy: { Component: async () => (await import('./routes/support/groups')).SupportGroupsRoute },
          },
          {
            path: 'support/cross-checks',
            lazy: { Component: async () => (await import('./routes/support/cross-checks')).SupportCrossChecksRoute },
          },
          {
            path: 'support/reports',
            lazy: { Component: async () => (await import('./routes/support/reports')).SupportReportsRoute },
          },
          {
            path: 'dashboard',
            lazy: { Component: async () => (await import('./routes/dashboard/dashboard')).DashboardRoute },
          },
          {
            path: 'reporting',
            lazy: { Component: async () => (await import('./routes/reporting/reporting')).ReportingRoute },
          },
          {
            path: 'reporting/timeliness',
            lazy: { Component: async () => (await import('./routes/reporting/timeliness')).TimelinessRoute },
          },
          {
            path: 'reporting/obligations',
            lazy: { Component: async () => (await import('./routes/reporting/obligations')).ObligationsRoute },
          },
          {
            path: 'reporting/submissions/:id',
            lazy: { Component: async () => (await import('./routes/reporting/submission')).SubmissionRoute },
          },
          {
            path: 'reports',
            lazy: { Component: async () => (await import('./routes/reporting/reports')).ReportsRoute },
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
