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

  it('waits for the user before showing the households', () => {
    expect(visibleNavItems(undefined).map((item) => item.path)).not.toContain('/households')
  })
})

describe('selectedNavPath', () => {
  it('selects the entry of a page and of the pages under it', () => {
    expect(selectedNavPath('/households')).toBe('/households')
    expect(selectedNavPath('/households/8a3c4534-1169-4d3b-af47-633fa4295d2e/records/new')).toBe('/households')
    expect(selectedNavPath('/areas/46')).toBe('/areas')
  })
})
