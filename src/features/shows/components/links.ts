/** Marquee's paths follow trakt.tv's. */
export const showPath = (slug: string) => `/shows/${slug}`
export const seasonPath = (slug: string, season: number) => `/shows/${slug}/seasons/${season}`
export const episodePath = (slug: string, season: number, episode: number) =>
  `/shows/${slug}/seasons/${season}/episodes/${episode}`

/** Whether an episode's title, still and overview could spoil it for the user (the route composes it). */
export type HideSpoiler = (season: number, episode: number) => boolean
