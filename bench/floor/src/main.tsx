// The floor: the least a React + React Router + TanStack Query page can be while rendering one fetched list
// from the same API the app uses, with the same Trakt headers (so it pays the same CORS preflight).
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'

type Trending = { watchers: number; movie: { title: string; year: number; ids: { trakt: number } } }

const apiUrl = import.meta.env.VITE_TRAKT_API_URL ?? 'https://api.trakt.tv'
const clientId = '77c46c77cc7ace17e9de3d862298c25e63ede51eedcfd503582bc81b40c74132'

async function fetchTrending(): Promise<Trending[]> {
  // eslint-disable-next-line no-restricted-globals -- the floor is a bare page, not part of the app
  const response = await fetch(`${apiUrl}/movies/trending?extended=full,images&limit=20`, {
    headers: { 'Content-Type': 'application/json', 'trakt-api-key': clientId, 'trakt-api-version': '2' },
  })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return (await response.json()) as Trending[]
}

function TrendingList() {
  const query = useQuery({ queryKey: ['movies', 'trending'], queryFn: fetchTrending })
  if (query.isPending) return <p>Loading…</p>
  if (query.isError) return <p>{query.error.message}</p>
  return (
    <ul>
      {query.data.map((row) => (
        <li key={row.movie.ids.trakt}>
          {row.movie.title} ({row.movie.year}), {row.watchers} watching
        </li>
      ))}
    </ul>
  )
}

function Page() {
  return (
    <main>
      <h1>Trending movies</h1>
      <TrendingList />
    </main>
  )
}

const router = createBrowserRouter([{ path: '*', Component: Page }])
const queryClient = new QueryClient()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
