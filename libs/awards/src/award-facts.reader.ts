import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EnterprisesService } from '@app/enterprises';
import { OrderFactsService } from '@app/orders';
import { ProvidersService } from '@app/providers';
import { RatingsService } from '@app/ratings';
import { RedemptionService } from '@app/vouchers';
import { AwardsRepository } from './awards.repository.js';
import type { AwardInputs } from './awards.snapshot.js';
import type { PartyPair } from './related-parties.js';

/** The distinct ids of one party of the pairs and votes (without copying them into one list). */
function partyIds(lists: ReadonlyArray<readonly PartyPair[]>, party: keyof PartyPair): string[] {
  const ids = new Set<string>();
  for (const list of lists) {
    let last: string | null = null; // a run of one id (the lists come grouped by provider) is added once
    for (const pair of list) if (pair[party] !== last) ids.add((last = pair[party]));
  }
  return [...ids];
}

/** Reads a year's award inputs from the contexts that own them (through their services, never their tables). */
@Injectable()
export class AwardFactsReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AwardsRepository,
    private readonly orders: OrderFactsService,
    private readonly ratings: RatingsService,
    private readonly redemption: RedemptionService,
    private readonly providers: ProvidersService,
    private readonly enterprises: EnterprisesService,
  ) {}

  /**
   * One pass per fact family, all in one REPEATABLE READ read-only transaction (one consistent view
   * of the data). Contacts are fetched only for the parties of a qualifying order or vote (the only
   * pairs that can be related). Membership is judged at `at`.
   */
  gather(year: number, minOrderFen: number, at: Date): Promise<AwardInputs> {
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      await this.repository.readOnly(em);
      const pairs = await this.orders.awardOrderPairs(em, year, minOrderFen);
      const votes = await this.ratings.awardVotes(em, year, minOrderFen);
      const membership = await this.providers.membershipFacts(em, year, at);
      const fraudRejected = await this.redemption.fraudRejectedProviders(em, year);
      const enterpriseContacts = await this.enterprises.contacts(em, partyIds([pairs, votes], 'enterpriseId'));
      const providerContacts = await this.providers.contacts(em, partyIds([pairs, votes], 'providerId'));
      return { pairs, votes, membership, fraudRejected, enterpriseContacts, providerContacts };
    });
  }
}
