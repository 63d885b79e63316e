import { describe, expect, it } from '@jest/globals';
import { highlightSnippet, highlightText } from './highlight.js';

describe('highlighting matched words', () => {
  it('marks each match, merging overlapping and adjacent words', () => {
    expect(highlightText('专利申请与知识产权布局', ['专利', '知识', '知识产权'])).toBe(
      '<em>专利</em>申请与<em>知识产权</em>布局',
    );
    expect(highlightText('高价值专利培育', ['专利', '培育'])).toBe('高价值<em>专利培育</em>');
  });

  it('matches Latin words case-insensitively and keeps the original case', () => {
    expect(highlightText('MES 与 Erp 实施', ['mes', 'erp'])).toBe('<em>MES</em> 与 <em>Erp</em> 实施');
  });

  it('escapes HTML in the text so only our marks are markup', () => {
    expect(highlightText('<script>专利</script> & "x"', ['专利'])).toBe(
      '&lt;script&gt;<em>专利</em>&lt;/script&gt; &amp; &quot;x&quot;',
    );
  });

  it('leaves text unmarked when there are no words', () => {
    expect(highlightText('企业管理咨询', [])).toBe('企业管理咨询');
  });

  it('cuts a snippet around the first match with ellipses', () => {
    const text = `${'甲'.repeat(200)}碳足迹${'乙'.repeat(200)}`;
    const snippet = highlightSnippet(text, ['碳足迹'], 60);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('<em>碳足迹</em>');
    expect(snippet.replace(/<\/?em>|…/g, '')).toHaveLength(60);
  });

  it('starts a snippet at the beginning when nothing matches, and keeps short text whole', () => {
    expect(highlightSnippet(`开头${'字'.repeat(300)}`, ['无'], 10)).toBe(`开头${'字'.repeat(8)}…`);
    expect(highlightSnippet('短描述', ['描述'])).toBe('短<em>描述</em>');
  });
});
