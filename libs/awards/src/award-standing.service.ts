import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { membershipInstant } from '@app/providers';
import { Clock, shanghaiDate } from '@app/shared';
import { AwardFactsReader } from './award-facts.reader.js';
import { type AwardConfig, resolveConfig } from './awards.config.js';
import { AwardYearInvalidError } from './awards.errors.js';
import { AwardsRepository } from './awards.repository.js';
import { type AwardStanding, type ProviderAwardFacts, standing } from './awards.rules.js';
import { assembleFacts } from './awards.snapshot.js';

/** How long a year's gathered facts serve standings before they are read again. */
export const STANDING_FACTS_TTL_MS = 30_000;

export type AwardStandingView = AwardStanding & {
  /** When the facts were read (the standing is live up to STANDING_FACTS_TTL_MS). */
  asOf: Date;
  /** The round's configuration when the year has a round, else the defaults of DOMAIN.md §7. */
  config: AwardConfig;
  roundStatus: string | null;
};

interface YearFacts {
  asOf: Date;
  facts: ProviderAwardFacts[];
}

/**
 * "Where I stand" (GET /providers/me/standing): a provider's live facts of the year, its score
 * parts against the current field and what it lacks, by the year's round configuration. The
 * year's facts are gathered once per STANDING_FACTS_TTL_MS and shared by every provider asking.
 */
@Injectable()
export class AwardStandingService {
  private readonly cache = new Map<string, { expires: number; facts: Promise<YearFacts> }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AwardsRepository,
    private readonly factsReader: AwardFactsReader,
    private readonly clock: Clock,
  ) {}

  async standingOf(providerId: string, year?: number): Promise<AwardStandingView> {
    const now = this.clock.now();
    const currentYear = Number(shanghaiDate(now).slice(0, 4));
    const y = year ?? currentYear;
    if (!Number.isInteger(y) || y < 2000 || y > currentYear) throw new AwardYearInvalidError(y);
    const round = await this.repository.findRoundByYear(this.dataSource.manager, y);
    const config = round?.config ?? resolveConfig();
    const { asOf, facts } = await this.yearFacts(y, config.minOrderFen, now);
    const own = facts.find((f) => f.providerId === providerId) ?? notYetInTheField(providerId);
    const field = facts.includes(own) ? facts : [...facts, own];
    return { ...standing(field, providerId, config, y), asOf, config, roundStatus: round?.status ?? null };
  }

  private yearFacts(year: number, minOrderFen: number, now: Date): Promise<YearFacts> {
    const key = `${year}:${minOrderFen}`;
    const hit = this.cache.get(key);
    if (hit && hit.expires > now.getTime()) return hit.facts;
    const facts = this.factsReader
      .gather(year, minOrderFen, membershipInstant(year, now))
      .then((inputs) => ({ asOf: now, facts: assembleFacts(inputs).facts }));
    this.cache.set(key, { expires: now.getTime() + STANDING_FACTS_TTL_MS, facts });
    facts.catch(() => this.cache.delete(key));
    return facts;
  }
}

/** A provider with no membership or order in the year yet: no facts at all. */
function notYetInTheField(providerId: string): ProviderAwardFacts {
  return {
    providerId,
    admittedAt: null,
    approvedAtCompute: false,
    suspendedInYear: false,
    fraudRejectedClaimInYear: false,
    served: 0,
    votes: [],
  };
}
