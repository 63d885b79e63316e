/** Judged queries for the search relevance suite: what an SME's staff would type, and which demo listings answer it. */
export interface JudgedQuery {
  q: string;
  /** Keys of DEMO_LISTINGS that a human judge considers relevant (published listings of approved providers only). */
  relevant: string[];
  kind: 'two-char' | 'phrase' | 'latin' | 'description-only' | 'colloquial';
}

export const JUDGED_QUERIES: JudgedQuery[] = [
  {
    q: '专利',
    relevant: [
      'ip-invention-patent',
      'ip-utility-design-patent',
      'ip-pct-international',
      'legal-ip-enforcement',
      'tech-achievement-transfer',
    ],
    kind: 'two-char',
  },
  { q: '商标', relevant: ['ip-trademark-registration', 'legal-ip-enforcement'], kind: 'two-char' },
  {
    q: '融资',
    relevant: [
      'finance-equity-financing',
      'finance-bank-enterprise',
      'finance-pre-financing-standardization',
      'finance-bp-roadshow',
    ],
    kind: 'two-char',
  },
  { q: '上云', relevant: ['digital-saas-cloud', 'digital-equipment-cloud'], kind: 'two-char' },
  {
    q: '检测',
    relevant: [
      'testing-metal-material',
      'testing-ce-rohs',
      'testing-emc-safety',
      'testing-reliability',
      'testing-third-party-report',
    ],
    kind: 'two-char',
  },
  {
    q: '培训',
    relevant: ['talent-skill-certification', 'talent-in-house-training', 'talent-srdi-entrepreneur'],
    kind: 'two-char',
  },
  {
    q: '股权',
    relevant: ['finance-equity-financing', 'finance-equity-incentive', 'finance-ipo-planning'],
    kind: 'two-char',
  },
  { q: '审计', relevant: ['energy-audit', 'tax-rd-super-deduction'], kind: 'two-char' },
  { q: '合规', relevant: ['legal-contract-review', 'ip-ipms-standard'], kind: 'two-char' },
  { q: '碳排', relevant: ['energy-carbon-accounting', 'energy-carbon-peak-plan'], kind: 'two-char' },

  { q: '数字化转型咨询', relevant: ['digital-transformation-diagnosis'], kind: 'phrase' },
  {
    q: '知识产权保护',
    relevant: ['legal-ip-enforcement', 'ip-ipms-standard', 'ip-trademark-registration'],
    kind: 'phrase',
  },
  { q: '高新技术企业认定', relevant: ['tax-hnte-recognition', 'tax-rd-super-deduction'], kind: 'phrase' },
  {
    q: '碳排放核算',
    relevant: ['energy-carbon-accounting', 'energy-carbon-peak-plan', 'energy-carbon-footprint'],
    kind: 'phrase',
  },
  { q: '研发费用加计扣除', relevant: ['tax-rd-super-deduction'], kind: 'phrase' },
  { q: '产学研合作', relevant: ['tech-university-cooperation', 'tech-key-project-application'], kind: 'phrase' },
  { q: '海外展会', relevant: ['market-overseas-exhibition'], kind: 'phrase' },
  { q: '质量管理体系', relevant: ['consulting-iso9001', 'consulting-iatf16949'], kind: 'phrase' },

  { q: 'MES', relevant: ['digital-mes-implementation', 'digital-smart-factory'], kind: 'latin' },
  { q: 'erp系统', relevant: ['digital-erp-implementation'], kind: 'latin' },
  { q: 'ISO9001认证', relevant: ['consulting-iso9001'], kind: 'latin' },
  { q: 'IPO', relevant: ['finance-ipo-planning', 'finance-equity-financing'], kind: 'latin' },
  { q: 'ESG报告', relevant: ['consulting-esg-report'], kind: 'latin' },
  { q: 'PCT国际专利', relevant: ['ip-pct-international'], kind: 'latin' },

  { q: '技术交底', relevant: ['ip-invention-patent'], kind: 'description-only' },
  { q: '温室气体', relevant: ['energy-carbon-accounting'], kind: 'description-only' },
  { q: '出口退税', relevant: ['tax-annual-advisor'], kind: 'description-only' },
  { q: '绩效考核', relevant: ['consulting-okr'], kind: 'description-only' },
  { q: '两化融合', relevant: ['digital-transformation-diagnosis'], kind: 'description-only' },

  { q: '怎么申请专精特新', relevant: ['consulting-srdi-application'], kind: 'colloquial' },
  { q: '工厂节能改造', relevant: ['energy-retrofit-plan', 'energy-audit'], kind: 'colloquial' },
  { q: '出口欧洲认证', relevant: ['testing-ce-rohs', 'energy-carbon-footprint'], kind: 'colloquial' },
  { q: '想找银行贷款', relevant: ['finance-bank-enterprise'], kind: 'colloquial' },
  { q: '招聘工程师', relevant: ['talent-headhunting'], kind: 'colloquial' },
  { q: '找大学合作研发', relevant: ['tech-university-cooperation', 'tech-achievement-transfer'], kind: 'colloquial' },
  { q: '车间设备联网', relevant: ['digital-equipment-cloud', 'digital-mes-implementation'], kind: 'colloquial' },
];
