#!/usr/bin/env node
/**
 * Builds the dashboard's map shapes from the official outlines (plain Node, no dependencies):
 *
 *   npm run maps
 *
 * Reads every `*.geojson` of `geojson-hue-communes/` (the 40 communes of Huế) and
 * `geojson-provinces/` (the 34 provinces) under the admin-units folder — by default
 * `../shared/data/vn-admin-units` beside the repository, or `VN_ADMIN_UNITS_DIR` — simplifies each
 * ring with Douglas–Peucker, rounds coordinates to 4 decimals (about 11 m) and writes
 * `src/features/dashboard/maps/hue-communes.json` and `provinces.json`: one FeatureCollection each,
 * features carrying only `code` (the unit code the API uses) and `name`.
 *
 * Tolerances (degrees) can be tuned with MAP_TOLERANCE_COMMUNES and MAP_TOLERANCE_PROVINCES.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const frontendDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const repoRoot = resolve(frontendDir, '..')
const sourceDir = resolve(process.env.VN_ADMIN_UNITS_DIR ?? join(repoRoot, '..', 'shared', 'data', 'vn-admin-units'))
const outputDir = join(frontendDir, 'src', 'features', 'dashboard', 'maps')

const DECIMALS = 4
const SETS = [
  {
    folder: 'geojson-hue-communes',
    output: 'hue-communes.json',
    // ~ 55 m: a commune of Huế stays recognisable at dashboard size
    tolerance: Number(process.env.MAP_TOLERANCE_COMMUNES ?? 0.0005),
  },
  {
    folder: 'geojson-provinces',
    output: 'provinces.json',
    // ~ 650 m: the country fits in a card
    tolerance: Number(process.env.MAP_TOLERANCE_PROVINCES ?? 0.006),
  },
]

/** Squared distance from p to the segment a–b (planar, in degrees: fine at this scale). */
function segmentDistanceSquared(p, a, b) {
  let [x, y] = a
  let dx = b[0] - x
  let dy = b[1] - y
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy)
    if (t > 1) {
      x = b[0]
      y = b[1]
    } else if (t > 0) {
      x += dx * t
      y += dy * t
    }
  }
  dx = p[0] - x
  dy = p[1] - y
  return dx * dx + dy * dy
}

/** Douglas–Peucker on an open polyline (iterative, so long rings do not overflow the stack). */
export function douglasPeucker(points, tolerance) {
  if (points.length <= 2) return points.slice()
  const sqTolerance = tolerance * tolerance
  const keep = new Uint8Array(points.length)
  keep[0] = 1
  keep[points.length - 1] = 1
  const stack = [[0, points.length - 1]]
  while (stack.length > 0) {
    const [first, last] = stack.pop()
    let maxDistance = 0
    let index = -1
    for (let i = first + 1; i < last; i++) {
      const distance = segmentDistanceSquared(points[i], points[first], points[last])
      if (distance > maxDistance) {
        maxDistance = distance
        index = i
      }
    }
    if (index >= 0 && maxDistance > sqTolerance) {
      keep[index] = 1
      stack.push([first, index], [index, last])
    }
  }
  return points.filter((_, i) => keep[i] === 1)
}

const factor = 10 ** DECIMALS
const round = (value) => Math.round(value * factor) / factor

/**
 * A closed ring, simplified and rounded; undefined when it collapses below a triangle. The ring is
 * split at its point farthest from the start, so the two halves keep the shape's extent.
 */
function simplifyRing(ring, tolerance) {
  const open = ring.slice(0, -1)
  if (open.length < 3) return undefined
  let far = 1
  let farDistance = -1
  for (let i = 1; i < open.length; i++) {
    const dx = open[i][0] - open[0][0]
    const dy = open[i][1] - open[0][1]
    const distance = dx * dx + dy * dy
    if (distance > farDistance) {
      farDistance = distance
      far = i
    }
  }
  const firstHalf = douglasPeucker(open.slice(0, far + 1), tolerance)
  const secondHalf = douglasPeucker([...open.slice(far), open[0]], tolerance)
  const simplified = [...firstHalf, ...secondHalf.slice(1)].map(([x, y]) => [round(x), round(y)])
  const deduplicated = simplified.filter(
    (point, i) => i === 0 || point[0] !== simplified[i - 1][0] || point[1] !== simplified[i - 1][1],
  )
  // closed: the last point repeats the first
  if (deduplicated.length < 4) return undefined
  const [x0, y0] = deduplicated[0]
  const [xn, yn] = deduplicated[deduplicated.length - 1]
  if (x0 !== xn || y0 !== yn) deduplicated.push([x0, y0])
  return deduplicated
}

/**
 * A small square around a ring too small to survive rounding, so that no islet disappears from the
 * map (the islands of Hoàng Sa and Trường Sa among them).
 */
function markerRing(ring) {
  const x = round(ring.reduce((sum, point) => sum + point[0], 0) / ring.length)
  const y = round(ring.reduce((sum, point) => sum + point[1], 0) / ring.length)
  const d = 1 / factor
  return [
    [round(x - d), round(y - d)],
    [round(x + d), round(y - d)],
    [round(x + d), round(y + d)],
    [round(x - d), round(y + d)],
    [round(x - d), round(y - d)],
  ]
}

/** Polygons as lists of rings; holes that collapse are dropped, every outer ring kept. */
function simplifyGeometry(geometry, tolerance) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  const simplified = []
  for (const polygon of polygons) {
    const outer = simplifyRing(polygon[0], tolerance) ?? simplifyRing(polygon[0], 0) ?? markerRing(polygon[0])
    const holes = polygon.slice(1).flatMap((hole) => {
      const ring = simplifyRing(hole, tolerance)
      return ring ? [ring] : []
    })
    simplified.push([outer, ...holes])
  }
  return simplified.length === 1
    ? { type: 'Polygon', coordinates: simplified[0] }
    : { type: 'MultiPolygon', coordinates: simplified }
}

function featuresOf(file) {
  const json = JSON.parse(readFileSync(file, 'utf8'))
  return json.type === 'FeatureCollection' ? json.features : [json]
}

function build({ folder, output, tolerance }) {
  const dir = join(sourceDir, folder)
  const files = readdirSync(dir).filter((name) => name.endsWith('.geojson')).sort()
  if (files.length === 0) throw new Error(`No .geojson files in ${dir}`)
  const features = files.flatMap((name) =>
    featuresOf(join(dir, name)).map((feature) => {
      const code = feature.properties?.code
      if (typeof code !== 'string') throw new Error(`${name}: a feature without a "code" property`)
      return {
        type: 'Feature',
        properties: { code, name: feature.properties.fullName ?? feature.properties.name ?? code },
        geometry: simplifyGeometry(feature.geometry, tolerance),
      }
    }),
  )
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code))
  const text = JSON.stringify({ type: 'FeatureCollection', features })
  mkdirSync(outputDir, { recursive: true })
  writeFileSync(join(outputDir, output), `${text}\n`)
  console.log(`${output}: ${features.length} features, ${(text.length / 1024).toFixed(0)} KB (tolerance ${tolerance}°)`)
}

for (const set of SETS) build(set)
