import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { isUniqueViolation } from '@app/database';
import { membershipInstant, ProvidersService } from '@app/providers';
import {
  type Actor,
  type AuditActor,
  Clock,
  InvalidStateError,
  NotFoundError,
  type Page,
  type PageQuery,
  pageOf,
  pageWindow,
  XLSX_CONTENT_TYPE,
} from '@app/shared';
import { AwardFactsReader } from './award-facts.reader.js';
import type { AwardRound, AwardRoundStatus } from './award-round.entity.js';
import { awardResultsFileName, awardResultsWorkbook } from './awards-export.js';
import { type AwardConfigInput, AwardConfigRefused, configProblems, resolveConfig } from './awards.config.js';
import {
  AwardConfigRefusedError,
  AwardRoundExistsError,
  AwardRoundNotComputedError,
  AwardYearInvalidError,
} from './awards.errors.js';
import { AwardsRepository, type AwardYearFigures } from './awards.repository.js';
import { type AwardExplanation, type AwardRoundResult, computeRound, explain } from './awards.rules.js';
import { assembleFacts, hashedInputs, type ProviderFactsSnapshot, storedFacts } from './awards.snapshot.js';
import {
  type AwardResultsView,
  type AwardRoundSummaryView,
  type AwardRoundView,
  resultsView,
  roundSummaryView,
  roundView,
} from './awards.views.js';

export interface CreateAwardRoundInput {
  year: number;
  budgetFen: number;
  config?: AwardConfigInput | null;
}

/** Where a computation is (for a job's progress): steps in this order, then `done`. */
export interface AwardComputeProgress {
  step: 'gathering' | 'computing' | 'storing' | 'done';
  /** Providers taking part, once known. */
  providers?: number;
}

/** A provider's result in words and figures, with the inputs it was computed from. */
export type AwardExplanationView = AwardExplanation & { inputs: Omit<ProviderFactsSnapshot, 'outcome'> };

/** A download: its name, type and bytes. */
export interface AwardResultsFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/** Statuses a round may be (re)computed in: a published or final round never changes by computation. */
const COMPUTABLE: readonly AwardRoundStatus[] = ['draft', 'computed'];

/** Refuses to (re)compute a published or final round. */
export function assertComputable(round: { status: AwardRoundStatus }): void {
  if (!COMPUTABLE.includes(round.status)) throw new InvalidStateError('award round', round.status, 'compute');
}

/** Annual award rounds (优质服务机构评选), DOMAIN.md §7: create, compute from a consistent read of the year, explain. */
@Injectable()
export class AwardsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AwardsRepository,
    private readonly factsReader: AwardFactsReader,
    private readonly providers: ProvidersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** A draft round for `year`, its configuration resolved (defaults filled) and checked against the budget. */
  async create(actor: AuditActor, input: CreateAwardRoundInput): Promise<AwardRoundView> {
    const { year, budgetFen } = input;
    if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new AwardYearInvalidError(year);
    const config = resolveConfig(input.config);
    const problems = configProblems(config, budgetFen);
    if (problems.length > 0) throw new AwardConfigRefusedError(problems);
    try {
      return await this.dataSource.transaction(async (em) => {
        const round = await this.repository.insertRound(em, { year, budgetFen, config, createdBy: actor.userId });
        await this.audit.record(em, actor, {
          entityType: 'award_round',
          entityId: round.id,
          action: 'create',
          after: { year, budgetFen, config, status: round.status },
        });
        return roundView(round);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'ux_award_round_year')) throw new AwardRoundExistsError(year);
      throw error;
    }
  }

  async get(id: string): Promise<AwardRoundView> {
    return roundView(await this.found(id));
  }

  async list(query: PageQuery): Promise<Page<AwardRoundSummaryView>> {
    const [rows, total] = await this.repository.listRounds(this.dataSource.manager, pageWindow(query));
    return pageOf(rows.map(roundSummaryView), total, query);
  }

  /** Rounds with results by year, newest first (for the bureau's statistics, in the caller's snapshot). */
  awardsByYear(em: EntityManager): Promise<AwardYearFigures[]> {
    return this.repository.awardsByYear(em);
  }

  /** The stored results, shaped for reading (API.md "award results"), with provider names. */
  async results(id: string): Promise<AwardResultsView> {
    return (await this.resultsWithIdentities(id)).view;
  }

  /** The results as an .xlsx (评选结果表). */
  async export(id: string): Promise<AwardResultsFile> {
    const { view, identities } = await this.resultsWithIdentities(id);
    return {
      fileName: awardResultsFileName(view.year),
      contentType: XLSX_CONTENT_TYPE,
      content: await awardResultsWorkbook(view, identities),
    };
  }

  /** The bureau reads any provider's explanation; a provider only its own (another's is "not found"). */
  explanationFor(actor: Actor, roundId: string, providerId: string): Promise<AwardExplanationView> {
    if (!actor.isBureau && actor.orgId !== providerId) throw new NotFoundError('Provider in this award round');
    return this.explanation(roundId, providerId);
  }

  /**
   * Computes the round (again, while draft or computed): gathers every fact family of the year in one
   * REPEATABLE READ read-only transaction (one consistent view of the data), ranks with `computeRound`,
   * then stores the result, the per-provider snapshot and the input hash in a second transaction that
   * re-checks the status under a row lock. Membership is taken at the compute instant (the end of
   * 31 Dec of the year when computed after it).
   */
  async compute(
    actor: AuditActor,
    id: string,
    onProgress?: (progress: AwardComputeProgress) => void,
  ): Promise<AwardRoundView> {
    const round = await this.found(id);
    assertComputable(round);
    const now = this.clock.now();
    onProgress?.({ step: 'gathering' });
    const inputs = await this.factsReader.gather(
      round.year,
      round.config.minOrderFen,
      membershipInstant(round.year, now),
    );
    const { facts, snapshots } = assembleFacts(inputs);
    onProgress?.({ step: 'computing', providers: facts.length });
    let result: AwardRoundResult;
    try {
      result = computeRound(facts, round.config, round.year);
    } catch (error) {
      if (error instanceof AwardConfigRefused) throw new AwardConfigRefusedError(error.problems);
      throw error;
    }
    const { inputHash: hash, inputsJson } = hashedInputs(round.year, round.config, snapshots);
    onProgress?.({ step: 'storing', providers: facts.length });
    const factsToStore = storedFacts(snapshots, inputsJson, result);
    const stored = await this.dataSource.transaction(async (em) => {
      const locked = await this.repository.findRound(em, id, { lock: 'update' });
      if (!locked) throw new NotFoundError('Award round');
      assertComputable(locked);
      await this.repository.storeComputation(em, id, {
        result,
        inputHash: hash,
        computedAt: now,
        facts: factsToStore,
      });
      await this.audit.record(em, actor, {
        entityType: 'award_round',
        entityId: id,
        action: 'compute',
        before: { status: locked.status, inputHash: locked.inputHash },
        after: {
          status: 'computed',
          inputHash: hash,
          participants: facts.length,
          eligibleCount: result.eligibleCount,
          awardedFen: result.ranked.reduce((sum, r) => sum + r.awardFen, 0),
        },
      });
      return (await this.repository.findRound(em, id)) as AwardRound;
    });
    onProgress?.({ step: 'done', providers: facts.length });
    return roundView(stored);
  }

  /** A provider's result explained from the stored snapshot (never recomputed). */
  async explanation(roundId: string, providerId: string): Promise<AwardExplanationView> {
    const round = await this.found(roundId);
    if (!round.result) throw new AwardRoundNotComputedError(round.status);
    const explained = explain(providerId, round.result);
    const snapshot = await this.repository.providerFacts(this.dataSource.manager, roundId, providerId);
    if (!explained || !snapshot) throw new NotFoundError('Provider in this award round');
    const { outcome: _outcome, ...inputs } = snapshot;
    return { ...explained, inputs };
  }

  private async resultsWithIdentities(id: string) {
    const round = await this.found(id);
    if (!round.result) throw new AwardRoundNotComputedError(round.status);
    const { ranked, ineligible } = round.result;
    const ids = [...ranked, ...ineligible].map((r) => r.providerId);
    const identities = await this.providers.contacts(this.dataSource.manager, ids);
    const names = new Map([...identities].map(([pid, c]) => [pid, c.name]));
    return { view: resultsView(round, round.result, names), identities };
  }

  private async found(id: string): Promise<AwardRound> {
    const round = await this.repository.findRound(this.dataSource.manager, id);
    if (!round) throw new NotFoundError('Award round');
    return round;
  }
}
