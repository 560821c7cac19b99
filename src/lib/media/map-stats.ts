import { num, obj } from './read'

export type Stats = {
  watchers: number | null
  plays: number | null
  collectors: number | null
  collectedEpisodes: number | null
  comments: number | null
  lists: number | null
  votes: number | null
  favorited: number | null
}

/** Community numbers of a movie, show, season or episode (fields Trakt leaves out stay null). */
export function mapStats(body: unknown): Stats {
  const raw = obj(body)
  return {
    watchers: num(raw.watchers),
    plays: num(raw.plays),
    collectors: num(raw.collectors),
    collectedEpisodes: num(raw.collected_episodes),
    comments: num(raw.comments),
    lists: num(raw.lists),
    votes: num(raw.votes),
    favorited: num(raw.favorited),
  }
}
