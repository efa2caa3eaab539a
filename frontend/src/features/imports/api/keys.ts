/** Query keys of the imports: every key starts with `imports`. */
export const importsQueryKey = ['imports'] as const

/** The history lists (of every area). */
export const importListsQueryKey = [...importsQueryKey, 'list'] as const

/** One job, and under it its issues and households. */
export const importJobQueryKey = (id: string) => [...importsQueryKey, 'job', id] as const
