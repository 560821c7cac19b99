import { defaultPathSerializer } from 'openapi-fetch'

/**
 * A trailing path parameter left out on purpose. The reference makes trailing parameters optional
 * (`/movies/{id}/releases/{country}` without a country means every country) while the generated types require
 * them; pair it with `omitTrailingParams`.
 */
export const omitted = undefined as unknown as string

/** A path serializer that fills the given parameters and drops the unset ones at the end of the path. */
export function omitTrailingParams(pathname: string, params: Record<string, unknown>): string {
  return defaultPathSerializer(pathname, params).replace(/(?:\/\{[^/{}]+\})+$/, '')
}
