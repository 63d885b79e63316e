import { describe, expect, it } from '@jest/globals';
import { MAX_QUERY_TERMS, normalizeText, segmentDocument, segmentQuery } from './segment.js';

describe('jieba segmentation for search', () => {
  it('emits compounds and their parts, so a short word finds a longer one', () => {
    expect(segmentDocument('专利申请与知识产权布局').split(' ')).toEqual(
      expect.arrayContaining(['专利', '申请', '专利申请', '知识', '产权', '知识产权', '布局']),
    );
  });

  it('lower-cases Latin words, folds full-width characters and splits letter and digit runs', () => {
    expect(segmentDocument('ＩＳＯ９００１认证').split(' ')).toEqual(
      expect.arrayContaining(['iso9001', 'iso', '9001', '认证']),
    );
    expect(segmentDocument('MES、ERP系统').split(' ')).toEqual(expect.arrayContaining(['mes', 'erp', '系统']));
    expect(normalizeText('ＡＢＣ１２３')).toBe('abc123');
  });

  it('drops punctuation, symbols and tsquery operators', () => {
    for (const token of segmentDocument("100% 'quote' & | ! <-> :* (x) —— 。，").split(' ')) {
      expect(token).toMatch(/^[\p{L}\p{N}]+$/u);
    }
    expect(segmentQuery("'; DROP TABLE listing; --")).toEqual(['drop', 'table', 'listing']);
    expect(segmentQuery('%_%')).toEqual([]);
  });

  it('segments queries the same way, without duplicates or stop words', () => {
    expect(segmentQuery('数字化转型咨询')).toEqual(['数字', '数字化', '转型', '咨询']);
    expect(segmentQuery('怎么申请专利的')).toEqual(['申请', '专利', '申请专利']);
    expect(segmentQuery('专利 专利 专利')).toEqual(['专利']);
  });

  it(`keeps at most ${MAX_QUERY_TERMS} query words`, () => {
    const q = Array.from({ length: 30 }, (_, i) => `word${i}x`).join(' ');
    expect(segmentQuery(q)).toHaveLength(MAX_QUERY_TERMS);
  });
});
