import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogService } from '@app/catalog';
import { EnterprisesService } from '@app/enterprises';
import { ProvidersService } from '@app/providers';
import { ProviderMatches } from '@app/search';
import { type Actor, ForbiddenError, NotFoundError, pageWindow } from '@app/shared';
import { segmentQuery } from '@app/search';
import type { Demand } from './demand.entity.js';
import {
  type DemandPageView,
  type DemandView,
  demandView,
  type SuggestedProvidersView,
  type SuggestedProviderView,
} from './demand.views.js';
import type { DemandsQuery } from './dto/demand.dto.js';
import { type DemandScope, DemandsRepository, type DemandStatsRow } from './demands.repository.js';
import { canSeeDemand, rankSuggestions, type SuggestionCandidate, type Viewer } from './matchmaking.rules.js';

/** Demands as each viewer may see them (DOMAIN.md §9), their suggested providers and their figures. */
@Injectable()
export class DemandReads {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: DemandsRepository,
    private readonly providers: ProvidersService,
    private readonly enterprises: EnterprisesService,
    private readonly matches: ProviderMatches,
    private readonly catalog: CatalogService,
  ) {}

  /** Who asks; a provider's pool standing is held FOR SHARE until the caller commits when `lock`. */
  async viewerOf(em: EntityManager, actor: Actor | null, lock = false): Promise<Viewer> {
    if (!actor) return { kind: 'anonymous' };
    if (actor.isBureau) return { kind: 'bureau' };
    if (actor.orgType === 'enterprise') return { kind: 'enterprise', orgId: actor.orgId };
    const standing = await this.providers.standing(em, actor.orgId, { lock });
    return {
      kind: 'provider',
      orgId: actor.orgId,
      approved: standing?.status === 'approved',
      categories: standing?.categories ?? [],
      status: standing?.status ?? 'draft',
    };
  }

  /** The demand if the viewer may see it; 404 otherwise (it is not said to exist). `lock`: the demand FOR UPDATE, the standing FOR SHARE. */
  async visible(
    em: EntityManager,
    actor: Actor | null,
    id: string,
    lock = false,
  ): Promise<{ demand: Demand; viewer: Viewer }> {
    const demand = lock ? await this.repository.lockDemand(em, id) : await this.repository.findDemand(em, id);
    const viewer = await this.viewerOf(em, actor, lock);
    if (!demand || !canSeeDemand(viewer, demand)) throw new NotFoundError('Demand');
    return { demand, viewer };
  }

  async list(actor: Actor | null, query: DemandsQuery): Promise<DemandPageView> {
    const em = this.dataSource.manager;
    const viewer = await this.viewerOf(em, actor);
    const jurisdiction = this.catalog.jurisdiction;
    const { ids, total } = await this.repository.page(em, {
      scope: scopeOf(viewer),
      category: query.category,
      regionCodes: query.regionCode
        ? jurisdiction.has(query.regionCode)
          ? jurisdiction.withDescendants(query.regionCode)
          : [query.regionCode]
        : undefined,
      terms: segmentQuery(query.q ?? ''),
      status: query.status,
      ...pageWindow(query),
    });
    const items = await this.views(em, actor, viewer, await this.repository.byIds(em, ids));
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor | null, id: string): Promise<DemandView> {
    const em = this.dataSource.manager;
    const { demand, viewer } = await this.visible(em, actor, id);
    return (await this.views(em, actor, viewer, [demand]))[0];
  }

  async one(em: EntityManager, actor: Actor, demand: Demand): Promise<DemandView> {
    return (await this.views(em, actor, await this.viewerOf(em, actor), [demand]))[0];
  }

  /** With proposal counts, names and a provider's own proposal, in three queries whatever the count. */
  private async views(
    em: EntityManager,
    actor: Actor | null,
    viewer: Viewer,
    demands: Demand[],
  ): Promise<DemandView[]> {
    const ids = demands.map((d) => d.id);
    const counts = await this.repository.proposalCounts(em, ids);
    const names = actor
      ? await this.enterprises.names(em, [...new Set(demands.map((d) => d.enterpriseId))])
      : new Map<string, string>();
    const mine =
      viewer.kind === 'provider'
        ? new Map((await this.repository.proposalsOfProvider(em, viewer.orgId, ids)).map((p) => [p.demandId, p]))
        : null;
    return demands.map((d) => {
      const own = mine?.get(d.id);
      return demandView(d, {
        enterpriseName: actor ? (names.get(d.enterpriseId) ?? null) : null,
        proposalCount: counts.get(d.id) ?? 0,
        showOrder:
          viewer.kind === 'bureau' ||
          (viewer.kind === 'enterprise' && viewer.orgId === d.enterpriseId) ||
          (!!own && own.id === d.acceptedProposalId),
        ...(mine ? { myProposal: own ? { id: own.id, status: own.status } : null } : {}),
      });
    });
  }

  /** GET /demands/:id/suggested-providers: its owner and the bureau. */
  async suggestedProviders(actor: Actor, id: string): Promise<SuggestedProvidersView> {
    const em = this.dataSource.manager;
    const { demand, viewer } = await this.visible(em, actor, id);
    const owner = viewer.kind === 'enterprise' && viewer.orgId === demand.enterpriseId;
    if (!owner && viewer.kind !== 'bureau')
      throw new ForbiddenError('Only the demand owner and the bureau see suggestions');
    return { items: await this.suggestions(em, demand), notifiedAt: demand.suggestedAt?.toISOString() ?? null };
  }

  /**
   * Approved providers of the demand's category serving its region (their published listings), ranked
   * by how many of the demand's words their listings contain, then rating, then enterprises served.
   */
  async suggestions(em: EntityManager, demand: Demand): Promise<SuggestedProviderView[]> {
    const found = await this.matches.find(em, {
      category: demand.category,
      regionCode: demand.regionCode,
      text: `${demand.title} ${demand.description}`,
    });
    // Only providers who may see and answer it: their listings serve the category, and so must their profile.
    const serving = await this.providers.approvedOfCategory(
      em,
      found.map((m) => m.providerId),
      demand.category,
    );
    const byId = new Map(found.map((m) => [m.providerId, m]));
    const candidates: SuggestionCandidate[] = found
      .filter((m) => serving.has(m.providerId))
      .map((m) => ({
        providerId: m.providerId,
        matchedWords: [...m.matchedWords].sort(),
        rating: m.rating,
        servedCount: m.servedCount,
      }));
    return rankSuggestions(candidates).map((c, i) => {
      const m = byId.get(c.providerId)!;
      return {
        rank: i + 1,
        providerId: m.providerId,
        providerName: m.providerName,
        matchedWords: [...c.matchedWords],
        listings: m.listings,
        rating: m.rating,
        ratingCount: m.ratingCount,
        servedCount: m.servedCount,
        reason: reasonOf(c.matchedWords, m),
      };
    });
  }

  statistics(em: EntityManager): Promise<DemandStatsRow[]> {
    return this.repository.demandStats(em);
  }
}

function scopeOf(viewer: Viewer): DemandScope {
  if (viewer.kind === 'bureau') return { kind: 'all' };
  if (viewer.kind === 'enterprise') return { kind: 'own', enterpriseId: viewer.orgId };
  if (viewer.kind === 'provider' && viewer.approved) return { kind: 'pool', categories: viewer.categories };
  return { kind: 'public' };
}

/** Why a provider is suggested, as the enterprise reads it. */
function reasonOf(
  words: readonly string[],
  m: { listings: number; rating: number; ratingCount: number; servedCount: number },
): string {
  const parts = [
    words.length ? `服务内容匹配“${words.slice(0, 5).join('”“')}”` : `在本类别与地区提供 ${m.listings} 项服务`,
    m.ratingCount ? `评分 ${m.rating.toFixed(1)}（${m.ratingCount} 条评价）` : '暂无评价',
    `已服务 ${m.servedCount} 家企业`,
  ];
  return parts.join('；');
}
