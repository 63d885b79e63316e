import ExcelJS from 'exceljs';
import { headedSheet, shanghaiDate, YUAN_FORMAT } from '@app/shared';
import type { AwardRoundStatus } from './award-round.entity.js';
import type { AwardResultsView } from './awards.views.js';

export interface AwardProviderIdentity {
  name: string;
  uscc: string;
}

const STATUS_WORDS: Record<AwardRoundStatus, string> = {
  draft: '草稿',
  computed: '已计算',
  published: '公示中',
  final: '已确定',
};
const FIGURE = '0.0000';

const FIGURE_COLUMNS = [
  { header: '服务企业数', key: 'served', width: 12 },
  { header: '评价企业数', key: 'ratingCount', width: 12 },
  { header: '满意度', key: 'satisfaction', width: 12 },
  { header: '成效', key: 'effectiveness', width: 12 },
];

const RANKED_COLUMNS = [
  { header: '排名', key: 'rank', width: 6 },
  { header: '服务机构名称', key: 'name', width: 36 },
  { header: '统一社会信用代码', key: 'uscc', width: 22 },
  { header: '综合得分', key: 'score', width: 12 },
  ...FIGURE_COLUMNS,
  { header: '服务企业标准分', key: 'normServed', width: 14 },
  { header: '满意度标准分', key: 'normSatisfaction', width: 14 },
  { header: '成效标准分', key: 'normEffectiveness', width: 14 },
  { header: '服务企业加权分', key: 'partServed', width: 14 },
  { header: '满意度加权分', key: 'partSatisfaction', width: 14 },
  { header: '成效加权分', key: 'partEffectiveness', width: 14 },
  { header: '入池日期', key: 'admittedAt', width: 12 },
  { header: '奖励金额（元）', key: 'awardYuan', width: 16 },
  { header: '机构编号', key: 'providerId', width: 38 },
];

const INELIGIBLE_COLUMNS = [
  { header: '服务机构名称', key: 'name', width: 36 },
  { header: '统一社会信用代码', key: 'uscc', width: 22 },
  ...FIGURE_COLUMNS,
  { header: '入池日期', key: 'admittedAt', width: 12 },
  { header: '不符合条件原因', key: 'reasons', width: 60 },
  { header: '原因代码', key: 'reasonCodes', width: 30 },
  { header: '机构编号', key: 'providerId', width: 38 },
];

/**
 * An award round's results (评选结果) as an .xlsx: the ranked list with every figure and a totals
 * row, the ineligible list with every reason, and the round figures. Figures are numbers as
 * computed (shown to 4 places); amounts are numbers in yuan (fen / 100) shown with two decimals.
 */
export async function awardResultsWorkbook(
  results: AwardResultsView,
  identities: ReadonlyMap<string, AwardProviderIdentity>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SRDI Service Pool';
  // Only the two fields: a provider row may carry other (undefined) fields that would blank a column.
  const who = (id: string) => ({ name: identities.get(id)?.name ?? '', uscc: identities.get(id)?.uscc ?? '' });
  const day = (at: string | null) => (at ? shanghaiDate(new Date(at)) : '');

  const ranked = headedSheet(workbook, '排名及奖励', RANKED_COLUMNS);
  for (const r of results.ranked) {
    ranked.addRow({
      ...r.facts,
      ...who(r.providerId),
      rank: r.rank,
      score: r.score,
      normServed: r.normalized.served,
      normSatisfaction: r.normalized.satisfaction,
      normEffectiveness: r.normalized.effectiveness,
      partServed: r.parts.served,
      partSatisfaction: r.parts.satisfaction,
      partEffectiveness: r.parts.effectiveness,
      admittedAt: day(r.admittedAt),
      awardYuan: r.awardFen / 100,
      providerId: r.providerId,
    });
  }
  const totals = ranked.addRow({
    rank: '合计',
    name: `${results.ranked.length} 家`,
    awardYuan: results.awardedFen / 100,
  });
  totals.font = { bold: true };
  const figureKeys = ['score', 'satisfaction', 'effectiveness', 'normServed', 'normSatisfaction', 'normEffectiveness'];
  for (const key of [...figureKeys, 'partServed', 'partSatisfaction', 'partEffectiveness']) {
    ranked.getColumn(key).numFmt = FIGURE;
  }
  ranked.getColumn('awardYuan').numFmt = YUAN_FORMAT;

  const ineligible = headedSheet(workbook, '不符合条件', INELIGIBLE_COLUMNS);
  for (const r of results.ineligible) {
    ineligible.addRow({
      ...r.facts,
      ...who(r.providerId),
      admittedAt: day(r.admittedAt),
      reasons: r.reasons.join('；'),
      reasonCodes: r.reasonCodes.join(', '),
      providerId: r.providerId,
    });
  }
  for (const key of ['satisfaction', 'effectiveness']) ineligible.getColumn(key).numFmt = FIGURE;

  const about = headedSheet(workbook, '评选信息', [
    { header: '项目', key: 'k', width: 24 },
    { header: '内容', key: 'v', width: 44 },
  ]);
  const { config } = results;
  about.addRows([
    { k: '评选年度', v: results.year },
    { k: '状态', v: STATUS_WORDS[results.status] },
    { k: '预算（元）', v: results.budgetFen / 100 },
    { k: '奖励合计（元）', v: results.awardedFen / 100 },
    { k: '符合条件机构数', v: results.eligibleCount },
    { k: '全体满意度均值 m', v: results.m },
    { k: '全体成效均值 me', v: results.me },
    { k: '先验票数 C', v: results.C },
    { k: '权重：服务企业', v: config.weights.served },
    { k: '权重：满意度', v: config.weights.satisfaction },
    { k: '权重：成效', v: config.weights.effectiveness },
    { k: '最少服务企业数', v: config.minServed },
    { k: '最少评价企业数', v: config.minRatings },
    { k: '订单最低成交价（元）', v: config.minOrderFen / 100 },
    { k: '入池截止日（月-日）', v: config.admittedBy },
    { k: '计算时间', v: results.computedAt ? new Date(results.computedAt).toISOString() : '' },
    { k: '输入数据摘要（sha256）', v: results.inputHash ?? '' },
  ]);
  about.eachRow((row) => {
    if (String(row.getCell('k').value).includes('（元）')) row.getCell('v').numFmt = YUAN_FORMAT;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The download's file name (ASCII for every client). */
export const awardResultsFileName = (year: number): string => `award-round-${year}.xlsx`;
