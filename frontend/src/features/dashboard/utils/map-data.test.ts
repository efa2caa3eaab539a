import { describe, expect, it } from 'vitest'
import type { AreaValue } from '../api/get-dashboard'
import { joinMapData, loadMapShapes, mapLevelOf, type MapShapes } from './map-data'

const square = (x: number): MapShapes['features'][number]['geometry'] => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 0],
      [x + 1, 0],
      [x + 1, 1],
      [x, 1],
      [x, 0],
    ],
  ],
})

const SHAPES: MapShapes = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { code: '19753', name: 'Phường Phú Xuân' }, geometry: square(0) },
    { type: 'Feature', properties: { code: '19996', name: 'Phường Hương Trà' }, geometry: square(1) },
    { type: 'Feature', properties: { code: '20179', name: 'Xã Nam Đông' }, geometry: square(2) },
  ],
}

const value = (code: string, name: string, poorRate: number): AreaValue => ({
  code,
  name,
  households: 100,
  poor: poorRate,
  poorRate,
  nearPoor: 0,
  nearPoorRate: 0,
})

describe('joinMapData', () => {
  it('joins a province\'s communes to their outlines by code, keeping only those communes', () => {
    const joined = joinMapData(SHAPES, [value('19996', 'Phường Hương Trà', 1.21), value('19753', 'Phường Phú Xuân', 0)], 'communes')
    expect(joined.shapes.features.map((feature) => feature.properties.code)).toEqual(['19753', '19996'])
    expect(joined.data).toEqual([
      { name: '19753', value: 0, areaName: 'Phường Phú Xuân', households: 100, poor: 0 },
      { name: '19996', value: 1.21, areaName: 'Phường Hương Trà', households: 100, poor: 1.21 },
    ])
    expect(joined.unmatched).toEqual([])
    expect(joined.max).toBe(2)
  })

  it('lists units with figures but no outline, and draws nothing for a province without outlines', () => {
    const joined = joinMapData(SHAPES, [value('00004', 'Phường Ba Đình', 3)], 'communes')
    expect(joined.shapes.features).toEqual([])
    expect(joined.unmatched.map((unit) => unit.code)).toEqual(['00004'])
  })

  it('draws every province of the country, those without figures grey (no value)', () => {
    const joined = joinMapData(SHAPES, [value('19996', 'Phường Hương Trà', 4.94)], 'provinces')
    expect(joined.shapes.features).toHaveLength(3)
    expect(joined.data.find((datum) => datum.name === '20179')).toMatchObject({ value: null, areaName: 'Xã Nam Đông' })
    expect(joined.max).toBe(5)
  })
})

describe('mapLevelOf', () => {
  it('maps a province to its communes and the country to its provinces', () => {
    expect(mapLevelOf('PROVINCE')).toBe('communes')
    expect(mapLevelOf('NATIONAL')).toBe('provinces')
    expect(mapLevelOf('COMMUNE')).toBeUndefined()
  })
})

describe('the generated outlines', () => {
  it('hold the 40 communes of Huế and the 34 provinces, each with its unit code and name', async () => {
    const communes = await loadMapShapes('communes')
    expect(communes.features).toHaveLength(40)
    const huongTra = communes.features.find((feature) => feature.properties.code === '19996')
    expect(huongTra?.properties.name).toBe('Phường Hương Trà')
    expect(huongTra?.geometry.type).toMatch(/Polygon$/)
    const provinces = await loadMapShapes('provinces')
    expect(provinces.features).toHaveLength(34)
    expect(provinces.features.map((feature) => feature.properties.code)).toContain('46')
    for (const feature of [...communes.features, ...provinces.features]) expect(feature.properties.code).toMatch(/^\d{2}(\d{3})?$/)
  })
})
