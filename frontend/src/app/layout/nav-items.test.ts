import { describe, expect, it } from 'vitest'
import { selectedNavPath, visibleNavItems } from './nav-items'

describe('visibleNavItems', () => {
  it('shows the households to the roles that may read them', () => {
    const paths = (roles: string[]) => visibleNavItems({ roles }).map((item) => item.path)
    expect(paths(['commune_officer'])).toContain('/households')
    expect(paths(['auditor'])).toContain('/households')
    expect(paths(['support_agency'])).not.toContain('/households')
    expect(paths(['support_agency'])).toContain('/areas')
  })

  it('shows the reviews to the roles that may read them', () => {
    const paths = (roles: string[]) => visibleNavItems({ roles }).map((item) => item.path)
    expect(paths(['commune_chair'])).toContain('/reviews')
    expect(paths(['reviewer'])).toContain('/reviews')
    expect(paths(['support_agency'])).not.toContain('/reviews')
  })

  it('shows the support work to helping agencies and officers, not to reviewers', () => {
    const paths = (roles: string[]) => visibleNavItems({ roles }).map((item) => item.path)
    expect(paths(['support_agency'])).toContain('/support')
    expect(paths(['commune_officer'])).toContain('/support')
    expect(paths(['reviewer'])).not.toContain('/support')
  })

  it('shows the dashboard and reports to officers and auditors, the periodic reporting to helping agencies too', () => {
    const paths = (roles: string[]) => visibleNavItems({ roles }).map((item) => item.path)
    expect(paths(['commune_officer'])).toEqual(expect.arrayContaining(['/dashboard', '/reporting', '/reports']))
    expect(paths(['auditor'])).toEqual(expect.arrayContaining(['/dashboard', '/reporting', '/reports']))
    expect(paths(['support_agency'])).toContain('/reporting')
    expect(paths(['support_agency'])).not.toContain('/dashboard')
    expect(paths(['reviewer'])).not.toContain('/reports')
    expect(selectedNavPath('/reporting/submissions/c13cf3a6-3d57-47cb-b916-72df65143a92')).toBe('/reporting')
    expect(selectedNavPath('/reports')).toBe('/reports')
  })

  it('shows the imports to the roles that import and to auditors, not to reviewers or helping agencies', () => {
    const paths = (roles: string[]) => visibleNavItems({ roles }).map((item) => item.path)
    expect(paths(['commune_officer'])).toContain('/imports')
    expect(paths(['province_officer'])).toContain('/imports')
    expect(paths(['auditor'])).toContain('/imports')
    expect(paths(['reviewer'])).not.toContain('/imports')
    expect(paths(['support_agency'])).not.toContain('/imports')
    expect(selectedNavPath('/imports/0f9a4a5e-46a7-4a43-bb7e-0d7c3a7f2b10')).toBe('/imports')
  })

  it('waits for the user before showing the households', () => {
    expect(visibleNavItems(undefined).map((item) => item.path)).not.toContain('/households')
  })
})

describe('selectedNavPath', () => {
  it('selects the entry of a page and of the pages under it', () => {
    expect(selectedNavPath('/households')).toBe('/households')
    expect(selectedNavPath('/households/8a3c4534-1169-4d3b-af47-633fa4295d2e/records/new')).toBe('/households')
    expect(selectedNavPath('/areas/46')).toBe('/areas')
    expect(selectedNavPath('/support/plans/1de7954f-a293-4cf3-b15d-f54035be6bae')).toBe('/support')
    expect(selectedNavPath('/reviews/2d0b87ac-3be8-41af-9ff5-440a3930eca2/items/2d82cab4-e95b-4e4c-af4f-d6c5170124f2')).toBe('/reviews')
  })
})
