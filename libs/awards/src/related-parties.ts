/**
 * Related parties (DOMAIN.md §5 risk flags, used by §7): an enterprise and a provider that share a
 * USCC, a legal representative or a contact phone. The awards drop such pairs' orders and votes.
 * Compared the way people write them: case, spaces and (for phones) separators and the +86 prefix
 * do not matter; a missing or blank value never matches anything.
 */

/** What is compared of each party (EnterprisesService / ProvidersService `contacts`). */
export interface PartyContacts {
  uscc: string | null;
  legalRepresentative: string | null;
  contactPhone: string | null;
}

/** One enterprise and one provider with counted orders or votes in the year. */
export interface PartyPair {
  providerId: string;
  enterpriseId: string;
}

export type RelatedBy = 'uscc' | 'legal_representative' | 'contact_phone';

/** Upper case, every space (including full-width U+3000) removed, full-width forms folded; null when blank. */
export function normalisedText(value: string | null | undefined): string | null {
  const text = (value ?? '').normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  return text === '' ? null : text;
}

/** Digits only, without a leading +86 / 0086 country code on a mobile number; null when no digits. */
export function normalisedPhone(value: string | null | undefined): string | null {
  const digits = (value ?? '').normalize('NFKC').replace(/\D/g, '');
  const national = /^(?:0086|86)(1\d{10})$/.exec(digits)?.[1] ?? digits;
  return national === '' ? null : national;
}

/** What the two parties share, in a fixed order; empty when they are not related. */
export function relatedBy(enterprise: PartyContacts, provider: PartyContacts): RelatedBy[] {
  const same = (a: string | null, b: string | null) => a !== null && a === b;
  const reasons: RelatedBy[] = [];
  if (same(normalisedText(enterprise.uscc), normalisedText(provider.uscc))) reasons.push('uscc');
  if (same(normalisedText(enterprise.legalRepresentative), normalisedText(provider.legalRepresentative)))
    reasons.push('legal_representative');
  if (same(normalisedPhone(enterprise.contactPhone), normalisedPhone(provider.contactPhone)))
    reasons.push('contact_phone');
  return reasons;
}

/** The key of a pair in `relatedPairs`' answer. */
export const pairKey = (pair: PartyPair): string => `${pair.providerId}:${pair.enterpriseId}`;

/**
 * The related pairs among `pairs`, keyed by `pairKey`, with what they share. A party whose contacts
 * are unknown (not in its map) is related to no one.
 */
export function relatedPairs(
  pairs: readonly PartyPair[],
  enterprises: ReadonlyMap<string, PartyContacts>,
  providers: ReadonlyMap<string, PartyContacts>,
): Map<string, RelatedBy[]> {
  const related = new Map<string, RelatedBy[]>();
  for (const pair of pairs) {
    const enterprise = enterprises.get(pair.enterpriseId);
    const provider = providers.get(pair.providerId);
    if (!enterprise || !provider) continue;
    const reasons = relatedBy(enterprise, provider);
    if (reasons.length > 0) related.set(pairKey(pair), reasons);
  }
  return related;
}

/** `pairs` without the related ones (orders pairs or votes alike). */
export function unrelatedOnly<T extends PartyPair>(pairs: readonly T[], related: ReadonlyMap<string, unknown>): T[] {
  return pairs.filter((pair) => !related.has(pairKey(pair)));
}
