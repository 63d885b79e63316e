/**
 * The API's codes in Chinese where several areas of the console say the same (orders, the bureau's
 * review, the enterprise and provider consoles). Tables of one area stay in its own labels; this
 * module imports nothing but types, so it adds no area's code to another's chunk.
 */
import type { Schema } from './api/types';

/** The SRDI tiers an enterprise is certified at (DOMAIN.md §3). */
export const TIER: Record<Schema<'TierClaimView'>['tier'], string> = {
  innovative_sme: '创新型中小企业',
  srdi: '专精特新中小企业（省级）',
  little_giant: '专精特新“小巨人”企业',
  single_champion: '制造业单项冠军企业',
};

/** Who did what to an order, in its history. */
export const ACTOR_ROLE: Record<Schema<'OrderEventView'>['actorRole'], string> = {
  enterprise: '企业',
  provider: '服务机构',
  reviewer: '主管部门',
  system: '系统',
};

/** DOMAIN.md §6: the five scores of a rating. */
export const RATING_DIMENSIONS = [
  ['overall', '总体满意度'],
  ['professionalism', '专业能力'],
  ['timeliness', '响应及时'],
  ['effectiveness', '服务成效'],
  ['value', '性价比'],
] as const;
