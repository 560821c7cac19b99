import { defaultPathSerializer } from '@/lib/trakt/typed-client'

/**
 * A trailing path parameter left out on purpose. The reference makes trailing parameters optional
 * (`/movies/{id}/releases/{country}` without a country means every country) while the generated types require
 * them; pair it with `omitTrailingParams`.
 */
export const omitted: string = ''

/** A path serializer that fills the given parameters and drops the omitted ones at the end of the path. */
export function omitTrailingParams(pathname: string, params: Record<string, unknown>): string {
  const given = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== omitted))
  return defaultPathSerializer(pathname, given).replace(/(?:\/\{[^/{}]+\})+$/, '')
}
