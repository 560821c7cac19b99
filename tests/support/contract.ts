import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Ajv, { type ValidateFunction } from 'ajv'

type Schema = Record<string, unknown>
type Operation = {
  description?: string
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[]
  requestBody?: { content?: Record<string, { schema?: Schema }> }
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>
}
type Spec = { paths: Record<string, Record<string, Operation>> }

const spec = JSON.parse(readFileSync(resolve(process.cwd(), 'src/lib/trakt/openapi.json'), 'utf8')) as Spec

// The contract is OpenAPI 3.0 (`nullable`, formats such as float/int64); Ajv checks shapes, not formats.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false })
const compiled = new Map<string, ValidateFunction>()

/** Ajv refuses `nullable` without `type` (the contract has a few); such a schema already allows null. */
function withoutTypelessNullable(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutTypelessNullable)
  if (!schema || typeof schema !== 'object') return schema
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema)) out[key] = withoutTypelessNullable(value)
  if ('nullable' in out && !('type' in out)) delete out.nullable
  return out
}

type Route = { template: string; exact: RegExp; loose: RegExp | null; literalScore: number }
const escape = (part: string) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.+?^$()|[\]\\]/g, '\\$&'))
const routes: Route[] = Object.keys(spec.paths)
  .map((template) => {
    const parts = template.split('/').filter(Boolean)
    // The reference makes trailing parameters optional (/sync/history/{type}/{id}, /movies/{id}/releases/{country}).
    let fixed = parts.length
    while (fixed > 1 && parts[fixed - 1]!.startsWith('{')) fixed -= 1
    const head = parts.slice(0, fixed).map(escape).join('/')
    const tail = parts.slice(fixed).reduceRight((inner) => `(?:/[^/]+${inner})?`, '')
    return {
      template,
      exact: new RegExp('^/' + parts.map(escape).join('/') + '/?$'),
      loose: fixed < parts.length && fixed >= 2 ? new RegExp('^/' + head + tail + '/?$') : null,
      literalScore: parts.filter((p) => !p.startsWith('{')).length,
    }
  })
  // Prefer the most literal template: /movies/trending over /movies/{id}.
  .sort((a, b) => b.literalScore - a.literalScore)

/** The contract's operation for a method and a concrete path, e.g. GET /movies/tron-legacy-2010/people. */
export function findOperation(
  method: string,
  pathname: string,
): { template: string; operation: Operation } | null {
  const m = method.toLowerCase()
  for (const pass of ['exact', 'loose'] as const) {
    for (const route of routes) {
      if (!route[pass]?.test(pathname)) continue
      const operation = spec.paths[route.template]?.[m]
      if (operation) return { template: route.template, operation }
    }
  }
  return null
}

const FILTERS = [
  'query',
  'years',
  'genres',
  'languages',
  'countries',
  'runtimes',
  'ratings',
  'certifications',
  'networks',
  'status',
]
const CHARTS =
  /^\/(movies|shows)\/(trending|popular|anticipated|boxoffice|played|watched|collected|favorited)/

/**
 * Parameters the reference documents that the contract leaves out: paging and `extended` everywhere, the common
 * filters on filtered methods (charts, search, calendars), `fields` on text search and `last_activity` on progress.
 */
function referenceParams(template: string, operation: Operation): string[] {
  const extra = ['page', 'limit', 'extended']
  const filtered =
    /Filters/.test(operation.description ?? '') ||
    CHARTS.test(template) ||
    template.startsWith('/search/') ||
    template.startsWith('/calendars/')
  if (filtered) extra.push(...FILTERS)
  if (template === '/search/{type}') extra.push('fields')
  // The progress methods' last-activity rule ("set the last_activity flag to watched / collected").
  if (template.startsWith('/shows/{id}/progress/')) extra.push('last_activity')
  return extra
}

/** Problems with a request the app sends: unknown operation, undeclared query parameters. */
export function requestProblems(method: string, url: string): string[] {
  const { pathname, searchParams } = new URL(url)
  const found = findOperation(method, pathname)
  if (!found) return [`${method} ${pathname}: no such operation in the contract`]
  const declared = new Set([
    ...(found.operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    ...referenceParams(found.template, found.operation),
  ])
  const problems: string[] = []
  for (const name of new Set(searchParams.keys())) {
    if (!declared.has(name))
      problems.push(`${method} ${found.template}: query parameter "${name}" is not declared`)
  }
  return problems
}

/** Problems with a response body against the contract's schema for that operation and status. */
export function responseProblems(method: string, url: string, status: number, body: unknown): string[] {
  const { pathname } = new URL(url)
  const found = findOperation(method, pathname)
  if (!found) return [`${method} ${pathname}: no such operation in the contract`]
  const response = found.operation.responses?.[String(status)]
  const schema = response?.content?.['application/json']?.schema
  if (!schema) return []
  const key = `${method} ${found.template} ${status}`
  let validate = compiled.get(key)
  if (!validate) {
    validate = ajv.compile(withoutTypelessNullable(schema) as Schema)
    compiled.set(key, validate)
  }
  if (validate(body)) return []
  return (validate.errors ?? []).slice(0, 8).map((e) => `${key}: ${e.instancePath || '(root)'} ${e.message}`)
}

export const contractPaths = Object.keys(spec.paths)
