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

/** A party's contacts as compared (normalised). */
interface NormalisedContacts {
  uscc: string | null;
  legalRepresentative: string | null;
  contactPhone: string | null;
}

const normalised = (c: PartyContacts): NormalisedContacts => ({
  uscc: normalisedText(c.uscc),
  legalRepresentative: normalisedText(c.legalRepresentative),
  contactPhone: normalisedPhone(c.contactPhone),
});

/** What two parties' normalised contacts share, in a fixed order; null when nothing. */
function shared(enterprise: NormalisedContacts, provider: NormalisedContacts): RelatedBy[] | null {
  const uscc = enterprise.uscc !== null && enterprise.uscc === provider.uscc;
  const representative =
    enterprise.legalRepresentative !== null && enterprise.legalRepresentative === provider.legalRepresentative;
  const phone = enterprise.contactPhone !== null && enterprise.contactPhone === provider.contactPhone;
  if (!uscc && !representative && !phone) return null;
  const reasons: RelatedBy[] = [];
  if (uscc) reasons.push('uscc');
  if (representative) reasons.push('legal_representative');
  if (phone) reasons.push('contact_phone');
  return reasons;
}

/** What the two parties share, in a fixed order; empty when they are not related. */
export function relatedBy(enterprise: PartyContacts, provider: PartyContacts): RelatedBy[] {
  return shared(normalised(enterprise), normalised(provider)) ?? [];
}

/** The key of a pair in `relatedPairs`' answer. */
export const pairKey = (pair: PartyPair): string => `${pair.providerId}:${pair.enterpriseId}`;

/** A party's normalised contacts by id, each normalised once, when first asked for; null when unknown. */
function normalisedById(contacts: ReadonlyMap<string, PartyContacts>): (id: string) => NormalisedContacts | null {
  const known = new Map<string, NormalisedContacts | null>();
  return (id) => {
    let n = known.get(id);
    if (n === undefined) {
      const c = contacts.get(id);
      n = c ? normalised(c) : null;
      known.set(id, n);
    }
    return n;
  };
}

/**
 * What a pair shares (as `relatedBy`), or null when it is not related or a party's contacts are
 * unknown. Each party's contacts are normalised once, however many pairs it is in; pairs that come
 * grouped by provider (as the facts do) look their provider up once.
 */
export function relatedCheck(
  enterprises: ReadonlyMap<string, PartyContacts>,
  providers: ReadonlyMap<string, PartyContacts>,
): (pair: PartyPair) => RelatedBy[] | null {
  const enterpriseOf = normalisedById(enterprises);
  const providerOf = normalisedById(providers);
  let lastProviderId: string | null = null;
  let provider: NormalisedContacts | null = null;
  return (pair) => {
    if (pair.providerId !== lastProviderId) {
      lastProviderId = pair.providerId;
      provider = providerOf(pair.providerId);
    }
    if (provider === null) return null;
    const enterprise = enterpriseOf(pair.enterpriseId);
    return enterprise === null ? null : shared(enterprise, provider);
  };
}

/**
 * The related pairs among `pairs`, keyed by `pairKey`, with what they share. A party whose contacts
 * are unknown (not in its map) is related to no one.
 */
export function relatedPairs(
  pairs: readonly PartyPair[],
  enterprises: ReadonlyMap<string, PartyContacts>,
  providers: ReadonlyMap<string, PartyContacts>,
): Map<string, RelatedBy[]> {
  const check = relatedCheck(enterprises, providers);
  const related = new Map<string, RelatedBy[]>();
  for (const pair of pairs) {
    const reasons = check(pair);
    if (reasons !== null) related.set(pairKey(pair), reasons);
  }
  return related;
}

/** `pairs` without the related ones (orders pairs or votes alike). */
export function unrelatedOnly<T extends PartyPair>(pairs: readonly T[], related: ReadonlyMap<string, unknown>): T[] {
  return pairs.filter((pair) => !related.has(pairKey(pair)));
}
