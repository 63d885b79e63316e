import type { ListingDocument } from '@app/search';

/** A small seeded PRNG (mulberry32): the same seed gives the same data set on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVICES: Record<string, string[]> = {
  tech_innovation: [
    '研发项目申报',
    '产学研合作对接',
    '技术成果转化',
    '企业研发中心建设',
    '新产品开发咨询',
    '工艺改进诊断',
  ],
  ip: [
    '发明专利申请',
    '实用新型专利代理',
    '商标注册',
    '知识产权贯标',
    'PCT国际专利申请',
    '专利导航分析',
    '软件著作权登记',
  ],
  digital: [
    'MES系统实施',
    'ERP选型与实施',
    '数字化转型诊断',
    '企业上云',
    '工业互联网平台接入',
    '设备联网与数据采集',
    '数字孪生工厂',
  ],
  energy_carbon: ['能源审计', '碳排放核算', '碳足迹认证', '节能改造方案', '绿色工厂申报', '光伏项目咨询'],
  finance: ['股权融资辅导', 'IPO上市辅导', '银行贷款对接', '知识产权质押融资', '融资租赁咨询', '政府产业基金申报'],
  market: ['跨境电商运营', '海外展会组织', '品牌策划', '渠道拓展', '出口认证咨询', '短视频营销'],
  consulting: [
    '精益生产咨询',
    'ISO9001质量管理体系认证',
    '绩效管理体系设计',
    '战略规划咨询',
    '专精特新申报辅导',
    '股权激励方案',
  ],
  industry_matching: ['供需对接会', '产业链配套对接', '招商引资对接', '产品推介会', '采购对接服务'],
  testing: ['CMA检验检测', 'CNAS实验室检测', '材料成分分析', '可靠性试验', 'CE认证测试', 'RoHS有害物质检测'],
  talent: ['工程师技能培训', '高管领导力培训', '数字化人才培训', '人才招聘服务', '职业技能等级认定'],
  legal_tax: ['企业合规审查', '研发费用加计扣除', '高新技术企业认定', '税务筹划', '合同审查', '劳动用工合规'],
};
const PREFIXES = ['', '', '', '专业', '一站式', '定制化', '中小企业', '制造业', '专精特新企业'];
const SUFFIXES = ['服务', '', '', '套餐', '（含报告）', '辅导', '全程代理'];
const OPENINGS = [
  '面向宁波制造业中小企业，',
  '针对专精特新企业的实际需求，',
  '由资深顾问团队上门服务，',
  '结合行业最佳实践，',
];
const DELIVERABLES = [
  '交付完整的诊断报告与实施路线图。',
  '提供全程跟踪与阶段性成果汇报。',
  '协助准备申报材料并对接主管部门。',
  '包含现场调研、访谈与改进方案。',
  '服务结束后提供三个月免费答疑。',
];
const UNITS = ['次', '项', '件', '年', '人次', '套'];
const REGIONS = [
  '330200',
  '330203',
  '330205',
  '330206',
  '330211',
  '330212',
  '330213',
  '330225',
  '330226',
  '330281',
  '330282',
];
const TAGS = ['政府补贴', '服务券', '快速交付', '上门服务', '线上服务', '免费咨询', '资深团队', '专精特新'];

const pick = <T>(rnd: () => number, list: T[]): T => list[Math.floor(rnd() * list.length)];

/** `count` published listings spread over `providers` providers and all 11 categories, in Chinese. */
export function* generateListings(count: number, providers: number, seed = 20261122): Generator<ListingDocument> {
  const rnd = seeded(seed);
  const categories = Object.keys(SERVICES);
  for (let n = 0; n < count; n++) {
    const p = n % providers;
    const category = categories[p % categories.length];
    const service = pick(rnd, SERVICES[category]);
    const other = pick(rnd, SERVICES[pick(rnd, categories)]);
    const priceModel = rnd() < 0.15 ? 'quote' : rnd() < 0.5 ? 'fixed' : 'from';
    const ratingCount = Math.floor(rnd() * 40);
    yield {
      id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
      providerId: `00000000-0000-4000-9000-${p.toString(16).padStart(12, '0')}`,
      providerName: `宁波${pick(rnd, ['甬', '明', '海', '江', '鄞', '慈', '余', '象'])}${pick(rnd, ['智', '创', '信', '达', '诚', '科'])}${category === 'ip' ? '知识产权' : category === 'testing' ? '检测技术' : '企业服务'}有限公司${p}`,
      title: `${pick(rnd, PREFIXES)}${service}${pick(rnd, SUFFIXES)}`.slice(0, 100),
      description: `${pick(rnd, OPENINGS)}提供${service}服务，可同时衔接${other}。${pick(rnd, DELIVERABLES)}${pick(rnd, DELIVERABLES)}`,
      category,
      tags: [pick(rnd, TAGS), pick(rnd, TAGS)].filter((t, i, all) => all.indexOf(t) === i),
      priceModel,
      priceFen: priceModel === 'quote' ? null : (Math.floor(rnd() * 500) + 1) * 10000,
      unit: pick(rnd, UNITS),
      deliveryDays: Math.floor(rnd() * 90) + 1,
      regionCodes: rnd() < 0.5 ? ['330200'] : [pick(rnd, REGIONS)],
      srdiSpecial: rnd() < 0.2,
      voucherEligible: rnd() < 0.4,
      rating: ratingCount ? Math.round((3 + rnd() * 2) * 100) / 100 : 0,
      ratingCount,
      servedCount: Math.floor(rnd() * 200),
      publishedAt: new Date(Date.UTC(2026, 0, 1) + Math.floor(rnd() * 300) * 86_400_000),
    };
  }
}

/**
 * The search mix as users load it (query strings of /api/v1/search/listings), most popular first:
 * filter-only browsing, broad and narrow Chinese words, several words, Latin words, every sort, deep
 * pages. `drawMix` draws from it with a Zipf-like popularity (weight 1/rank), seeded.
 */
export const QUERY_MIX: string[] = [
  '',
  'q=专利',
  'q=数字化转型咨询',
  'category=digital&sort=rating',
  'q=融资 上市',
  'q=ISO9001认证',
  'q=MES',
  'q=节能&regionCode=330206',
  'q=碳排放核算&sort=price_asc',
  'q=知识产权保护&voucherEligible=true',
  'q=检测&category=testing&page=2',
  'q=培训&minRating=4',
  'category=ip',
  'regionCode=330212&sort=served',
  'voucherEligible=true&srdiSpecial=true',
  'q=高新技术企业认定',
  'q=商标',
  'q=ERP',
  'q=上云&sort=price_desc',
  'q=专利&page=5',
  'q=数字化&sort=served',
  'q=研发费用加计扣除',
  'q=CE认证',
  'q=跨境电商 海外展会',
  'q=绿色工厂&regionCode=330200',
  'category=finance&sort=price_asc&page=3',
  'q=咨询&sort=rating&page=10',
  'priceMaxFen=500000&sort=price_desc',
  'q=工业互联网平台',
  'q=股权激励方案',
  'q=人才招聘&voucherEligible=true',
  'q=合规 税务 审查',
  'minRating=4.5&category=consulting',
  'q=PCT',
];

/** `count` searches drawn from QUERY_MIX with popularity 1/rank (a few popular, a long tail), seeded. */
export function drawMix(count: number, seed = 20261202): string[] {
  const rnd = seeded(seed);
  const weights = QUERY_MIX.map((_, i) => 1 / (i + 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  return Array.from({ length: count }, () => {
    let x = rnd() * sum;
    for (let i = 0; i < QUERY_MIX.length; i++) if ((x -= weights[i]) <= 0) return QUERY_MIX[i];
    return QUERY_MIX[QUERY_MIX.length - 1];
  });
}
