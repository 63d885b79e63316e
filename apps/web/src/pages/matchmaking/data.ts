import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';

/** Query keys of the matchmaking pages (invalidate `demandKeys.all` after any change). */
export const demandKeys = {
  all: ['demands'] as const,
  list: (filters: Record<string, unknown>) => ['demands', 'list', filters] as const,
  one: (id: string) => ['demands', 'one', id] as const,
  proposals: (id: string) => ['demands', 'proposals', id] as const,
  suggested: (id: string) => ['demands', 'suggested', id] as const,
};

/** One demand as the caller may see it (GET /demands/:id); the other side moves it on, so always fetched afresh. */
export function useDemand(id: string, enabled = true) {
  return useQuery({
    queryKey: demandKeys.one(id),
    queryFn: () => ok(api.GET('/api/v1/demands/{id}', { params: { path: { id } } })),
    enabled,
    staleTime: 0,
  });
}

/** A demand's proposals: all of them for its owner and the bureau, its own for a provider. */
export function useProposals(id: string, enabled = true) {
  return useQuery({
    queryKey: demandKeys.proposals(id),
    queryFn: () => ok(api.GET('/api/v1/demands/{id}/proposals', { params: { path: { id } } })),
    enabled,
    staleTime: 0,
  });
}

/** Service categories and the jurisdiction's regions, with their Chinese names. */
export function useCatalog() {
  const categories = useQuery({
    queryKey: ['categories'],
    queryFn: () => ok(api.GET('/api/v1/categories')),
    staleTime: 10 * 60_000,
  });
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => ok(api.GET('/api/v1/regions')),
    staleTime: 10 * 60_000,
  });
  const categoryItems = categories.data ?? [];
  const regionItems = regions.data?.items ?? [];
  return {
    loading: categories.isPending || regions.isPending,
    categories: categoryItems,
    regions: regionItems,
    categoryName: (code: string) => categoryItems.find((c) => c.code === code)?.name ?? code,
    regionName: (code: string) => regionItems.find((r) => r.code === code)?.name ?? code,
  };
}

/** Today (YYYY-MM-DD) in Asia/Shanghai: a deadline is a day there, and must not be before today. */
export const shanghaiToday = (now = new Date()): string =>
  new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
