import { act, render } from '@testing-library/react'
import { StrictMode, type ReactNode } from 'react'
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router'

function Where({ name }: { name: string }) {
  const location = useLocation()
  return (
    <h1>
      {name} at {location.pathname}
    </h1>
  )
}

/** Renders `element` at `url` in a data router (StrictMode, like the app), with landing pages to navigate to. */
export async function renderRoute(path: string, element: ReactNode, url: string) {
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '/signin', element: <Where name="Sign-in page" /> },
      { path: '*', element: <Where name="Landing" /> },
    ],
    { initialEntries: [url] },
  )
  // Awaited act: pages may suspend on a promise (the callback page does).
  const view = await act(async () =>
    render(
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>,
    ),
  )
  return { router, ...view }
}
