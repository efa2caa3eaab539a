/** Query keys of the reporting feature; every write invalidates `reportingQueryKey`. */
export const reportingQueryKey = ['reporting'] as const
export const obligationsQueryKey = [...reportingQueryKey, 'obligations'] as const
export const submissionsQueryKey = [...reportingQueryKey, 'submissions'] as const
export const submissionQueryKey = (id: string) => [...reportingQueryKey, 'submission', id] as const
export const tableReportsQueryKey = [...reportingQueryKey, 'tables'] as const
export const householdListQueryKey = [...reportingQueryKey, 'household-list'] as const
