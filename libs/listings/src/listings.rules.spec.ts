import { describe, expect, it } from '@jest/globals';
import {
  isListingEditable,
  isSearchable,
  LISTING_ACTIONS,
  LISTING_STATUSES,
  type ListingAction,
  type ListingStatus,
  nextListingStatus,
  priceProblem,
} from './listings.rules.js';

const ALLOWED: Array<[ListingStatus, ListingAction, 'owner' | 'reviewer', ListingStatus]> = [
  ['draft', 'publish', 'owner', 'published'],
  ['unpublished', 'publish', 'owner', 'published'],
  ['published', 'unpublish', 'owner', 'unpublished'],
  ['published', 'take_down', 'reviewer', 'taken_down'],
  ['unpublished', 'take_down', 'reviewer', 'taken_down'],
];

describe('listing state machine', () => {
  it.each(ALLOWED)('%s --%s by %s--> %s', (from, action, role, to) => {
    expect(nextListingStatus(from, action, role, 'reason')).toEqual({ ok: true, to });
  });

  const refused = LISTING_STATUSES.flatMap((status) =>
    LISTING_ACTIONS.filter((action) => !ALLOWED.some(([f, a]) => f === status && a === action)).map(
      (action) => [status, action] as const,
    ),
  );
  it.each(refused)('refuses %s from %s with INVALID_STATE', (status, action) => {
    const role = action === 'take_down' ? 'reviewer' : 'owner';
    expect(nextListingStatus(status, action, role, 'reason')).toEqual({ ok: false, error: 'INVALID_STATE' });
  });

  it.each(ALLOWED)('refuses %s --%s to the other role', (from, action, role) => {
    const other = role === 'owner' ? 'reviewer' : 'owner';
    expect(nextListingStatus(from, action, other, 'reason')).toEqual({ ok: false, error: 'FORBIDDEN_ROLE' });
  });

  it.each([null, '', '   '])('take-down needs a reason (%p)', (reason) => {
    expect(nextListingStatus('published', 'take_down', 'reviewer', reason)).toEqual({
      ok: false,
      error: 'REASON_REQUIRED',
    });
  });

  it('publish and unpublish need no reason', () => {
    expect(nextListingStatus('draft', 'publish', 'owner', null)).toEqual({ ok: true, to: 'published' });
    expect(nextListingStatus('published', 'unpublish', 'owner', null)).toEqual({ ok: true, to: 'unpublished' });
  });

  it('only a taken-down listing is frozen', () => {
    expect(LISTING_STATUSES.filter((s) => !isListingEditable(s))).toEqual(['taken_down']);
  });

  it('is searchable only when published by an approved provider', () => {
    for (const status of LISTING_STATUSES) {
      for (const provider of ['draft', 'submitted', 'approved', 'suspended', 'removed']) {
        expect(isSearchable(status, provider)).toBe(status === 'published' && provider === 'approved');
      }
    }
  });
});

describe('price rules', () => {
  it.each([
    ['fixed', 450000, null],
    ['fixed', 0, null],
    ['from', 1, null],
    ['quote', null, null],
    ['quote', undefined, null],
    ['fixed', null, 'priceFen is required when priceModel is fixed'],
    ['from', undefined, 'priceFen is required when priceModel is from'],
    ['quote', 100, 'priceFen must be empty when priceModel is quote'],
  ] as const)('%s with %p -> %p', (model, price, problem) => {
    expect(priceProblem(model, price)).toBe(problem);
  });
});
