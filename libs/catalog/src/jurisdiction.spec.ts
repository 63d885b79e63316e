import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Jurisdiction } from './jurisdiction.js';

describe('Jurisdiction', () => {
  const ningbo = Jurisdiction.fromFile(path.resolve('data/regions-ningbo.json'));

  it('loads Ningbo 330200 with its districts and counties', () => {
    expect(ningbo.root).toBe('330200');
    expect(ningbo.rootName).toBe('宁波市');
    expect(ningbo.regions).toHaveLength(11);
    expect(ningbo.has('330212')).toBe(true);
    expect(ningbo.has('110101')).toBe(false);
  });

  it('gives a region and its ancestors, nearest first', () => {
    expect(ningbo.ancestry('330206')).toEqual(['330206', '330200']);
    expect(ningbo.ancestry('330200')).toEqual(['330200']);
    expect(ningbo.ancestry('999999')).toEqual([]);
  });

  it("takes another city's list without code changes", () => {
    const hangzhou = Jurisdiction.fromData({
      root: '330100',
      regions: [
        { code: '330100', name: '杭州市', parent: null },
        { code: '330106', name: '西湖区', parent: '330100' },
      ],
    });
    expect(hangzhou.rootName).toBe('杭州市');
    expect(hangzhou.ancestry('330106')).toEqual(['330106', '330100']);
  });

  it.each([
    [{}, 'must be'],
    [{ root: '330100', regions: [{ code: '3301', name: 'x', parent: null }] }, '6-digit code'],
    [{ root: '330100', regions: [{ code: '330106', name: '西湖区', parent: '330100' }] }, 'not in the list'],
    [
      {
        root: '330100',
        regions: [
          { code: '330100', name: '杭州市', parent: null },
          { code: '330100', name: '杭州市', parent: null },
        ],
      },
      'listed twice',
    ],
  ])('refuses malformed data %j', (data, message) => {
    expect(() => Jurisdiction.fromData(data)).toThrow(message);
  });
});
