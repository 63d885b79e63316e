import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';

/** Query keys of the provider's pages (invalidate these after a change). */
export const keys = {
  profile: ['provider', 'profile'] as const,
  listings: ['provider', 'listings'] as const,
  listing: (id: string) => ['provider', 'listings', 'one', id] as const,
  claims: ['provider', 'redemption-claims'] as const,
  claimable: ['provider', 'claimable-orders'] as const,
  ratings: ['provider', 'ratings'] as const,
  standing: (year: number) => ['provider', 'standing', year] as const,
  rounds: ['provider', 'award-rounds'] as const,
  objections: (roundId: string) => ['provider', 'objections', roundId] as const,
};

/** Service categories (code -> Chinese name). */
export function useCategories() {
  const query = useQuery({
    queryKey: ['categories'],
    queryFn: () => ok(api.GET('/api/v1/categories')),
    staleTime: 10 * 60_000,
  });
  const items = query.data ?? [];
  const name = (code: string) => items.find((c) => c.code === code)?.name ?? code;
  return { ...query, items, name };
}

/** The jurisdiction's regions (the city first, then its districts and counties). */
export function useRegions() {
  const query = useQuery({
    queryKey: ['regions'],
    queryFn: () => ok(api.GET('/api/v1/regions')),
    staleTime: 10 * 60_000,
  });
  const items = query.data?.items ?? [];
  const name = (code: string) => items.find((r) => r.code === code)?.name ?? code;
  const districts = items.filter((r) => r.parent !== null);
  return { ...query, items, districts, name };
}

/** The provider's own profile with its pool status. */
export function useOwnProfile() {
  return useQuery({ queryKey: keys.profile, queryFn: () => ok(api.GET('/api/v1/providers/me')) });
}

/** Listing titles by id (for ratings and claims), from the provider's own listings. */
export function useListingTitles() {
  const query = useQuery({
    queryKey: [...keys.listings, 'titles'],
    queryFn: () => ok(api.GET('/api/v1/providers/me/listings', { params: { query: { page: 1, pageSize: 100 } } })),
  });
  const titles = new Map((query.data?.items ?? []).map((l) => [l.id, l.title]));
  return (id: string) => titles.get(id);
}

/** A fresh key for a POST that accepts `Idempotency-Key` (one per form opening). */
export const newIdempotencyKey = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
