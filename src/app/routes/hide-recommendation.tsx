import { lazy } from 'react'

/**
 * The recommendations feature's "hide" button on a title page, in a chunk of its own: only a signed-in user's
 * actions show it (inside their Suspense boundary), so a signed-out first visit never downloads it.
 */
export const HideRecommendationButton = lazy(async () => ({
  default: (await import('@/features/recommendations/components/hide-recommendation-button'))
    .HideRecommendationButton,
}))
