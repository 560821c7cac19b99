import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { RouterProvider } from 'react-router'
import { Notices } from '@/components/ui/notices'
import type { AppRouter } from './router'

type AppProps = { queryClient: QueryClient; router: AppRouter }

/** Providers, the router and the app-wide notices region. */
export function App({ queryClient, router }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Notices />
    </QueryClientProvider>
  )
}
