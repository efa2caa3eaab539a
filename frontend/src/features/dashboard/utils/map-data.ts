import type { AreaValue } from '../api/get-dashboard'

/** A unit's outline, as `npm run maps` writes it: the unit code and name, and a (multi)polygon. */
export interface MapFeature {
  type: 'Feature'
  properties: { code: string; name: string }
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] }
}

export interface MapShapes {
  type: 'FeatureCollection'
  features: MapFeature[]
}

/** Which outlines a dashboard's map needs: the communes of a province, or the provinces of the country. */
export type MapLevel = 'communes' | 'provinces'

/** The map of a dashboard level: a province shows its communes, the country its provinces, a commune none. */
export function mapLevelOf(dashboardLevel: string): MapLevel | undefined {
  if (dashboardLevel === 'PROVINCE') return 'communes'
  if (dashboardLevel === 'NATIONAL') return 'provinces'
  return undefined
}

/** A region's entry in the map series: named by its unit code (the features' `code`), valued by its poverty rate. */
export interface MapDatum {
  name: string
  /** The poverty rate in %, or null for a unit without figures (drawn grey). */
  value: number | null
  areaName: string
  households: number | null
  poor: number | null
}

export interface JoinedMap {
  /** The outlines to register: a province's communes only, or every province. */
  shapes: MapShapes
  data: MapDatum[]
  /** Units with figures but no outline (left out of the map, listed beside it). */
  unmatched: AreaValue[]
  /** The highest poverty rate, the top of the colour scale (at least 1 %). */
  max: number
}

/**
 * Joins the dashboard's values to the outlines by unit code. For a province, only the outlines of
 * its communes are kept (the shapes hold Huế's communes; another province has none and gets an
 * empty map); for the country, every province is drawn, those without figures in grey.
 */
export function joinMapData(all: MapShapes, values: readonly AreaValue[], level: MapLevel): JoinedMap {
  const byCode = new Map(values.map((value) => [value.code, value]))
  const features = level === 'communes' ? all.features.filter((feature) => byCode.has(feature.properties.code)) : all.features
  const drawn = new Set(features.map((feature) => feature.properties.code))
  const data = features.map((feature): MapDatum => {
    const value = byCode.get(feature.properties.code)
    return {
      name: feature.properties.code,
      value: value ? value.poorRate : null,
      areaName: value?.name ?? feature.properties.name,
      households: value?.households ?? null,
      poor: value?.poor ?? null,
    }
  })
  const max = Math.max(1, ...data.map((datum) => datum.value ?? 0))
  return {
    shapes: { type: 'FeatureCollection', features },
    data,
    unmatched: values.filter((value) => !drawn.has(value.code)),
    max: Math.ceil(max),
  }
}

/** Loads a level's outlines on demand: each file is its own chunk, outside the main bundle. */
export async function loadMapShapes(level: MapLevel): Promise<MapShapes> {
  const module = level === 'communes' ? await import('../maps/hue-communes.json') : await import('../maps/provinces.json')
  return module.default as unknown as MapShapes
}
