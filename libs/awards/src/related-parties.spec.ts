import { describe, expect, it } from '@jest/globals';
import {
  normalisedPhone,
  normalisedText,
  pairKey,
  type PartyContacts,
  relatedBy,
  relatedPairs,
  unrelatedOnly,
} from './related-parties.js';

const NONE: PartyContacts = { uscc: null, legalRepresentative: null, contactPhone: null };
const party = (c: Partial<PartyContacts>): PartyContacts => ({ ...NONE, ...c });

describe('related parties (DOMAIN.md §5 flags, dropped by the awards of §7)', () => {
  it.each([
    ['  91330200mA2 8XYZ12 ', '91330200MA28XYZ12'],
    ['张 三', '张三'],
    ['张\u3000三', '张三'],
    ['ＡＢＣ', 'ABC'],
    ['   ', null],
    ['', null],
    [null, null],
  ])('text %j normalises to %j', (input, expected) => {
    expect(normalisedText(input)).toBe(expected);
  });

  it.each([
    ['138-0000-1111', '13800001111'],
    ['+86 138 0000 1111', '13800001111'],
    ['0086 13800001111', '13800001111'],
    ['(0574) 8765-4321', '057487654321'],
    ['８６１３８００００１１１１', '13800001111'],
    ['n/a', null],
    ['  ', null],
    [null, null],
  ])('phone %j normalises to %j', (input, expected) => {
    expect(normalisedPhone(input)).toBe(expected);
  });

  it.each<[string, Partial<PartyContacts>, Partial<PartyContacts>, string[]]>([
    [
      'nothing shared',
      { uscc: 'A1', legalRepresentative: '张三', contactPhone: '13800001111' },
      { uscc: 'B2', legalRepresentative: '李四', contactPhone: '13900002222' },
      [],
    ],
    [
      'the same USCC in another case and spacing',
      { uscc: '91330200ma28xyz12' },
      { uscc: ' 91330200MA28XYZ12' },
      ['uscc'],
    ],
    [
      'the same legal representative',
      { legalRepresentative: '王 五' },
      { legalRepresentative: '王五' },
      ['legal_representative'],
    ],
    [
      'the same phone written differently',
      { contactPhone: '+86 138-0000-1111' },
      { contactPhone: '13800001111' },
      ['contact_phone'],
    ],
    [
      'everything shared',
      { uscc: 'X', legalRepresentative: 'Y', contactPhone: '1' },
      { uscc: 'x', legalRepresentative: 'y', contactPhone: '1' },
      ['uscc', 'legal_representative', 'contact_phone'],
    ],
    ['both missing is not shared', {}, {}, []],
    [
      'both blank is not shared',
      { uscc: ' ', legalRepresentative: '\u3000', contactPhone: '--' },
      { uscc: '', legalRepresentative: ' ', contactPhone: ' ' },
      [],
    ],
    ['one missing is not shared', { legalRepresentative: '张三' }, { legalRepresentative: null }, []],
  ])('%s', (_name, enterprise, provider, expected) => {
    expect(relatedBy(party(enterprise), party(provider))).toEqual(expected);
    // Symmetric: which side is the enterprise does not matter.
    expect(relatedBy(party(provider), party(enterprise))).toEqual(expected);
  });

  it('finds the related pairs among many; parties without known contacts are related to no one', () => {
    const enterprises = new Map([
      ['e1', party({ uscc: 'U1', contactPhone: '13800001111' })],
      ['e2', party({ uscc: 'U2', legalRepresentative: '赵六' })],
    ]);
    const providers = new Map([
      ['p1', party({ uscc: 'P1', contactPhone: '138 0000 1111' })],
      ['p2', party({ uscc: 'P2', legalRepresentative: '孙七' })],
    ]);
    const pairs = [
      { providerId: 'p1', enterpriseId: 'e1', orders: 2 },
      { providerId: 'p1', enterpriseId: 'e2', orders: 1 },
      { providerId: 'p2', enterpriseId: 'e1', orders: 1 },
      { providerId: 'p2', enterpriseId: 'e9', orders: 1 },
      { providerId: 'p9', enterpriseId: 'e2', orders: 1 },
    ];
    const related = relatedPairs(pairs, enterprises, providers);
    expect([...related]).toEqual([[pairKey({ providerId: 'p1', enterpriseId: 'e1' }), ['contact_phone']]]);
    expect(unrelatedOnly(pairs, related).map(pairKey)).toEqual(['p1:e2', 'p2:e1', 'p2:e9', 'p9:e2']);
  });
});
