/** SRDI tiers, lowest first (创新型中小企业 < 专精特新中小企业 < 专精特新"小巨人" < 制造业单项冠军). */
export const SRDI_TIERS = ['innovative_sme', 'srdi', 'little_giant', 'single_champion'] as const;
export type SrdiTier = (typeof SRDI_TIERS)[number];

export const CLAIM_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** A certificate lapses on 31 December of its year + 3 unless the reviewer records another date. */
export function defaultValidUntil(year: number): string {
  return `${year + 3}-12-31`;
}

/** Only a pending claim is decided, once. */
export function canDecide(status: ClaimStatus): boolean {
  return status === 'pending';
}

export interface TierFact {
  tier: SrdiTier;
  status: ClaimStatus;
  /** Set when verified. */
  validUntil: string | null;
}

/** The tier that counts today: the highest verified claim not yet lapsed (validUntil inclusive), or null. */
export function validTier<T extends TierFact>(claims: T[], today: string): (T & { validUntil: string }) | null {
  const valid = claims.filter((c) => {
    const until = c.validUntil;
    return c.status === 'verified' && until !== null && until >= today;
  }) as Array<T & { validUntil: string }>;
  valid.sort(
    (a, b) => SRDI_TIERS.indexOf(b.tier) - SRDI_TIERS.indexOf(a.tier) || b.validUntil.localeCompare(a.validUntil),
  );
  return valid[0] ?? null;
}
