import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './index.css'

const root = createRoot(document.getElementById('root')!)
root.render(
  <StrictMode>
    <main className="p-6">
      <h1 className="text-2xl font-bold">Marquee</h1>
    </main>
  </StrictMode>,
)
