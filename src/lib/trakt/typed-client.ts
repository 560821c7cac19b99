import type { Client } from 'openapi-fetch'

// The typed calls (`client.GET('/movies/{id}', { params: { path: { id } } })`) with openapi-fetch's types and a
// runtime of our own: the network door (client.ts) already owns headers, errors, retries and sharing, so all that
// is left here is building the URL and reading the body. openapi-fetch's runtime (2.5 KB gzip) did the same with
// middleware, form bodies and serializer styles that no Trakt call uses; its types (imported as types only, no
// bytes) stay the contract.

/** The methods Trakt's contract uses. */
export type TypedClient<Paths extends object> = Pick<Client<Paths>, 'GET' | 'POST' | 'PUT' | 'DELETE'>

type PathSerializer = (pathname: string, params: Record<string, unknown>) => string

type CallOptions = {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown> }
  body?: unknown
  signal?: AbortSignal
  pathSerializer?: PathSerializer
  /** Another host for this call (the door still sends the token only to the API host). */
  baseUrl?: string
}

type TypedClientOptions = {
  baseUrl: string
  fetch: (request: Request) => Promise<Response>
}

/** Fills `{name}` placeholders with the encoded parameter; a parameter not given leaves its placeholder. */
export const defaultPathSerializer: PathSerializer = (pathname, params) =>
  pathname.replace(/\{([^{}]+)\}/g, (match, name: string) => {
    const value = params[name]
    return value === undefined || value === null ? match : encodeURIComponent(String(value))
  })

/** Trakt's query style: `key=value`, arrays comma-joined (`genres=action,drama`), empty values left out. */
export function serializeQuery(query: Record<string, unknown> = {}): string {
  const parts: string[] = []
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue
    if (Array.isArray(value)) {
      if (value.length > 0) parts.push(`${name}=${value.map((v) => encodeURIComponent(String(v))).join(',')}`)
    } else parts.push(`${name}=${encodeURIComponent(String(value))}`)
  }
  return parts.join('&')
}

/** The body as JSON, or undefined for an empty answer (204, `Content-Length: 0`, an empty text). */
async function readData(response: Response): Promise<unknown> {
  if (response.status === 204 || response.headers.get('Content-Length') === '0') return undefined
  const text = await response.text()
  return text ? JSON.parse(text) : undefined
}

export function createTypedClient<Paths extends object>(options: TypedClientOptions): TypedClient<Paths> {
  const trimmed = (url: string) => url.replace(/\/+$/, '')
  const call = async (method: string, path: string, init: CallOptions = {}) => {
    const baseUrl = trimmed(init.baseUrl ?? options.baseUrl)
    const serializePath = init.pathSerializer ?? defaultPathSerializer
    const search = serializeQuery(init.params?.query)
    const url = `${baseUrl}${serializePath(path, init.params?.path ?? {})}${search ? `?${search}` : ''}`
    const request = new Request(url, {
      method,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      headers: init.body === undefined ? undefined : { 'Content-Type': 'application/json' },
      signal: init.signal,
    })
    const response = await options.fetch(request)
    // The door throws a typed error for every failed status, so an answer that reaches here succeeded.
    return response.ok
      ? { data: await readData(response), response }
      : { error: await readData(response).catch(() => undefined), response }
  }
  const method = (name: string) => (path: string, init?: CallOptions) => call(name, path, init)
  const client = { GET: method('GET'), POST: method('POST'), PUT: method('PUT'), DELETE: method('DELETE') }
  // The one cast: the runtime takes any path and options, and the contract's types hold callers to the real ones.
  return client as unknown as TypedClient<Paths>
}
