import { DiscoverPage } from '@/features/discover/components/discover-page'

export function Component() {
  return <DiscoverPage />
}
