import type { components } from './schema';

/** The API's schemas by name: `Schema<'ListingView'>`. */
export type Schema<K extends keyof components['schemas']> = components['schemas'][K];
