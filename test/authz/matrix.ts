/**
 * The authorisation matrix (issue 15; QUALITY.md "authorisation"): for every operation of the
 * OpenAPI document, the status each caller gets. test/authz/authz.e2e-spec.ts sends every cell and
 * fails on any operation missing here, on any row no longer in the document, on any 2xx where this
 * table expects a refusal, and on any other difference.
 *
 * Callers: anon (no token); ent = enterprise E1; prov = provider P1 (a pool member); rev, fin, adm =
 * bureau users holding only reviewer, finance or admin (API.md "who", DOMAIN.md "Who uses it").
 * Objects: where the operation names an object (in the path, or in the body such as a voucher or
 * an order to claim), it is sent twice: on an object of E1/P1's side ("own") and on one of the
 * other enterprise E2 and provider P2 ("foreign"). A cell `A/B` gives own/foreign; a single value
 * holds for both. test/authz/recipes.ts says which objects (and states) each row uses.
 * Refusals: 401 not logged in, 403 wrong role, 404 another's object (its existence must not leak).
 */

export const ROLES = ['anon', 'ent', 'prov', 'rev', 'fin', 'adm'] as const;
export type Role = (typeof ROLES)[number];

/** A status (`200`), a class (`2xx`), or own/foreign (`200/404`). */
export type Cell = string;
export type MatrixRow = [operation: string, ...cells: [Cell, Cell, Cell, Cell, Cell, Cell], why: string];

// prettier-ignore
export const MATRIX: MatrixRow[] = [
  // operation                                                  anon   ent       prov      rev    fin    adm    why
  // Platform
  ['GET /health',                                               '200', '200',    '200',    '200', '200', '200', 'liveness, for anyone'],
  ['GET /api/v1/categories',                                    '200', '200',    '200',    '200', '200', '200', 'reference data, for anyone'],
  ['GET /api/v1/regions',                                       '200', '200',    '200',    '200', '200', '200', 'reference data, for anyone'],
  // Identity
  ['POST /api/v1/auth/register',                                '201', '201',    '201',    '201', '201', '201', 'anyone registers a new organisation'],
  ['POST /api/v1/auth/login',                                   '200', '200',    '200',    '200', '200', '200', 'anyone logs in with its own password'],
  ['GET /api/v1/me',                                            '401', '200',    '200',    '200', '200', '200', 'any logged-in user'],
  ['POST /api/v1/bureau/users',                                 '401', '403',    '403',    '403', '403', '201', 'only an admin makes bureau users'],
  ['GET /api/v1/bureau/users',                                  '401', '403',    '403',    '403', '403', '200', 'only an admin lists bureau users'],
  ['POST /api/v1/bureau/users/{id}/deactivate',                 '401', '403',    '403',    '403', '403', '200', 'only an admin deactivates a user'],
  ['POST /api/v1/bureau/users/{id}/reactivate',                 '401', '403',    '403',    '403', '403', '200', 'only an admin restores a user'],
  ['GET /api/v1/bureau/uscc-contests',                          '401', '403',    '403',    '200', '403', '200', 'contested USCCs (and their users) are for reviewers and admins'],
  ['GET /api/v1/audit-events',                                  '401', '403',    '403',    '200', '200', '200', 'the audit log is the bureau’s'],
  // Providers and the pool
  ['GET /api/v1/providers/me',                                  '401', '403',    '200',    '403', '403', '403', 'a provider’s own profile'],
  ['PATCH /api/v1/providers/me',                                '401', '403',    '200',    '403', '403', '403', 'a provider edits its own profile'],
  ['POST /api/v1/providers/me/submit',                          '401', '403',    '200',    '403', '403', '403', 'a provider (a draft one here) applies to the pool'],
  ['GET /api/v1/providers',                                     '200', '200',    '200',    '200', '200', '200', 'the public directory'],
  ['GET /api/v1/providers/{id}',                                '200', '200',    '200',    '200', '200', '200', 'a member’s public profile (one under review answers 404 to all: pool.e2e-spec)'],
  ['POST /api/v1/providers/{id}/approve',                       '401', '403',    '403',    '200', '403', '403', 'reviewers admit; the applicant itself cannot'],
  ['POST /api/v1/providers/{id}/return',                        '401', '403',    '403',    '200', '403', '403', 'reviewers return an application'],
  ['POST /api/v1/providers/{id}/reject',                        '401', '403',    '403',    '200', '403', '403', 'reviewers reject an application'],
  ['POST /api/v1/providers/{id}/suspend',                       '401', '403',    '403',    '200', '403', '403', 'reviewers suspend a member'],
  ['POST /api/v1/providers/{id}/reinstate',                     '401', '403',    '403',    '200', '403', '403', 'reviewers reinstate; a suspended provider cannot reinstate itself'],
  ['POST /api/v1/providers/{id}/remove',                        '401', '403',    '403',    '200', '403', '403', 'reviewers remove a member'],
  ['GET /api/v1/pool/applications',                             '401', '403',    '403',    '200', '403', '403', 'the reviewers’ queue'],
  ['GET /api/v1/providers/me/standing',                         '401', '403',    '200',    '403', '403', '403', 'a provider’s own award standing'],
  // Listings and search
  ['GET /api/v1/providers/me/listings',                         '401', '403',    '200',    '403', '403', '403', 'a provider’s own listings (no other’s in the answer)'],
  ['POST /api/v1/listings',                                     '401', '403',    '201',    '403', '403', '403', 'providers create listings'],
  ['GET /api/v1/listings/{id}',                                 '404', '404',    '200/404','200', '200', '200', 'a draft: its owner and the bureau see it, nobody else learns it exists'],
  ['PATCH /api/v1/listings/{id}',                               '401', '403',    '200/404','403', '403', '403', 'only the owner edits'],
  ['POST /api/v1/listings/{id}/publish',                        '401', '403',    '200/404','403', '403', '403', 'only the owner publishes'],
  ['POST /api/v1/listings/{id}/unpublish',                      '401', '403',    '200/404','403', '403', '403', 'only the owner unpublishes'],
  ['POST /api/v1/listings/{id}/take-down',                      '401', '403',    '403',    '200', '403', '403', 'reviewers take listings down'],
  ['GET /api/v1/search/listings',                               '200', '200',    '200',    '200', '200', '200', 'public search (no draft in the answer)'],
  // Enterprises
  ['GET /api/v1/enterprises/me',                                '401', '200',    '403',    '403', '403', '403', 'an enterprise’s own profile'],
  ['PATCH /api/v1/enterprises/me',                              '401', '200',    '403',    '403', '403', '403', 'an enterprise edits its own profile'],
  ['POST /api/v1/enterprises/me/tier-claims',                   '401', '201',    '403',    '403', '403', '403', 'an enterprise claims its SRDI tier'],
  ['GET /api/v1/tier-claims',                                   '401', '403',    '403',    '200', '403', '403', 'the reviewers’ queue'],
  ['POST /api/v1/tier-claims/{id}/verify',                      '401', '403',    '403',    '200', '403', '403', 'reviewers verify; the claimant cannot'],
  ['POST /api/v1/tier-claims/{id}/reject',                      '401', '403',    '403',    '200', '403', '403', 'reviewers reject a claim'],
  // Orders
  ['POST /api/v1/orders',                                       '401', '201/404','403',    '403', '403', '403', 'enterprises book; another enterprise’s voucher is not found'],
  ['GET /api/v1/orders',                                        '401', '200',    '200',    '200', '200', '200', 'parties see their own orders (no other’s in the answer), the bureau all'],
  ['GET /api/v1/orders/{id}',                                   '401', '200/404','200/404','200', '200', '200', 'the parties and the bureau'],
  ['POST /api/v1/orders/{id}/quote',                            '401', '403',    '200/404','403', '403', '403', 'the order’s provider quotes'],
  ['POST /api/v1/orders/{id}/accept',                           '401', '403',    '200/404','403', '403', '403', 'the order’s provider accepts'],
  ['POST /api/v1/orders/{id}/decline',                          '401', '403',    '200/404','403', '403', '403', 'the order’s provider declines'],
  ['POST /api/v1/orders/{id}/confirm',                          '401', '200/404','403',    '403', '403', '403', 'the order’s enterprise confirms the quote'],
  ['POST /api/v1/orders/{id}/cancel',                           '401', '200/404','200/404','403', '403', '403', 'either party cancels; the bureau resolves disputes instead'],
  ['POST /api/v1/orders/{id}/payments',                         '401', '200/404','403',    '403', '403', '403', 'the order’s enterprise pays its co-pay by card'],
  ['POST /api/v1/orders/{id}/payments/offline',                 '401', '403',    '200/404','403', '403', '403', 'the order’s provider records a bank transfer it received'],
  ['POST /api/v1/orders/{id}/start',                            '401', '403',    '200/404','403', '403', '403', 'the order’s provider starts'],
  ['POST /api/v1/orders/{id}/deliver',                          '401', '403',    '200/404','403', '403', '403', 'the order’s provider delivers'],
  ['POST /api/v1/orders/{id}/accept-delivery',                  '401', '200/404','403',    '403', '403', '403', 'the order’s enterprise accepts the delivery'],
  ['POST /api/v1/orders/{id}/dispute',                          '401', '200/404','403',    '403', '403', '403', 'the order’s enterprise disputes the delivery'],
  ['POST /api/v1/orders/{id}/resolve',                          '401', '403',    '403',    '200', '403', '403', 'reviewers resolve disputes'],
  ['GET /api/v1/orders/{id}/messages',                          '401', '200/404','200/404','403', '403', '403', 'the thread is between the two parties only'],
  ['POST /api/v1/orders/{id}/messages',                         '401', '201/404','201/404','403', '403', '403', 'the thread is between the two parties only'],
  ['POST /api/v1/payments/stripe/webhook',                      '400', '400',    '400',    '400', '400', '400', 'only a Stripe signature counts, never a bearer token'],
  // Vouchers
  ['POST /api/v1/voucher-programs',                             '401', '403',    '403',    '403', '403', '201', 'admins create programmes'],
  ['GET /api/v1/voucher-programs',                              '200', '200',    '200',    '200', '200', '200', 'open programmes for anyone (no draft in the answer), all for the bureau'],
  ['PATCH /api/v1/voucher-programs/{id}',                       '401', '403',    '403',    '403', '403', '200', 'admins edit a draft programme'],
  ['GET /api/v1/voucher-programs/{id}',                         '404', '404',    '404',    '200', '200', '200', 'a draft programme is the bureau’s until it opens'],
  ['POST /api/v1/voucher-programs/{id}/open',                   '401', '403',    '403',    '403', '403', '200', 'admins open programmes'],
  ['POST /api/v1/voucher-programs/{id}/close',                  '401', '403',    '403',    '403', '403', '200', 'admins close programmes'],
  ['POST /api/v1/voucher-programs/{id}/applications',           '401', '201',    '403',    '403', '403', '403', 'enterprises apply to an open programme'],
  ['POST /api/v1/voucher-programs/{id}/bulk-issue',             '401', '403',    '403',    '403', '403', '200', 'admins issue to every enterprise of a tier'],
  ['GET /api/v1/voucher-programs/{id}/ledger-check',            '401', '403',    '403',    '200', '200', '200', 'the bureau checks the ledger'],
  ['GET /api/v1/voucher-applications',                          '401', '200',    '403',    '200', '403', '403', 'an enterprise its own (no other’s in the answer), reviewers all'],
  ['POST /api/v1/voucher-applications/{id}/approve',            '401', '403',    '403',    '200', '403', '403', 'reviewers approve; the applicant cannot'],
  ['POST /api/v1/voucher-applications/{id}/reject',             '401', '403',    '403',    '200', '403', '403', 'reviewers reject'],
  ['GET /api/v1/vouchers',                                      '401', '200',    '403',    '200', '200', '200', 'an enterprise its own (no other’s in the answer), the bureau all'],
  ['GET /api/v1/vouchers/{id}',                                 '401', '200/404','403',    '200', '200', '200', 'its enterprise and the bureau'],
  ['POST /api/v1/vouchers/{id}/revoke',                         '401', '403',    '403',    '403', '403', '200', 'admins revoke'],
  // Ratings
  ['POST /api/v1/orders/{id}/rating',                           '401', '201/404','403',    '403', '403', '403', 'the order’s enterprise rates'],
  ['PATCH /api/v1/orders/{id}/rating',                          '401', '200/404','403',    '403', '403', '403', 'the order’s enterprise edits its rating'],
  ['GET /api/v1/orders/{id}/rating',                            '401', '200/404','200/404','200', '200', '200', 'the parties and the bureau'],
  ['POST /api/v1/ratings/{id}/reply',                           '401', '403',    '200/404','403', '403', '403', 'the rated provider replies'],
  ['POST /api/v1/ratings/{id}/hide',                            '401', '403',    '403',    '200', '403', '403', 'reviewers moderate'],
  ['GET /api/v1/providers/{id}/ratings',                        '200', '200',    '200',    '200', '200', '200', 'a member’s visible ratings are public'],
  // Redemption and settlement
  ['POST /api/v1/redemption-claims',                            '401', '403',    '201/404','403', '403', '403', 'a provider claims its own completed voucher order'],
  ['GET /api/v1/redemption-claims',                             '401', '403',    '200',    '200', '200', '200', 'a provider its own (no other’s in the answer), the bureau all'],
  ['GET /api/v1/redemption-claims/{id}',                        '401', '403',    '200/404','200', '200', '200', 'its provider and the bureau'],
  ['POST /api/v1/redemption-claims/{id}/approve',               '401', '403',    '403',    '200', '403', '403', 'reviewers approve; finance pays, it does not approve'],
  ['POST /api/v1/redemption-claims/{id}/reject',                '401', '403',    '403',    '200', '403', '403', 'reviewers reject'],
  ['POST /api/v1/settlement-batches',                           '401', '403',    '403',    '403', '201', '403', 'finance batches approved claims'],
  ['GET /api/v1/settlement-batches',                            '401', '403',    '403',    '403', '200', '403', 'finance only'],
  ['GET /api/v1/settlement-batches/{id}',                       '401', '403',    '403',    '403', '200', '403', 'finance only'],
  ['POST /api/v1/settlement-batches/{id}/mark-paid',            '401', '403',    '403',    '403', '200', '403', 'finance only; a reviewer or admin cannot pay out'],
  ['GET /api/v1/settlement-batches/{id}/export',                '401', '403',    '403',    '403', '200', '403', 'finance only'],
  // Notifications
  ['GET /api/v1/notifications',                                 '401', '200',    '200',    '200', '200', '200', 'each organisation its own (no other’s in the answer)'],
  ['POST /api/v1/notifications/read-all',                       '401', '200',    '200',    '200', '200', '200', 'each organisation its own'],
  ['POST /api/v1/notifications/{id}/read',                      '401', '200/404','200/404','404', '404', '404', 'only the organisation notified; the bureau reads another’s as not found'],
  // Bureau
  ['GET /api/v1/stats/overview',                                '401', '403',    '403',    '200', '200', '200', 'the bureau’s statistics'],
  // Awards
  ['POST /api/v1/award-rounds',                                 '401', '403',    '403',    '403', '403', '201', 'admins create rounds'],
  ['GET /api/v1/award-rounds',                                  '401', '403',    '403',    '200', '200', '200', 'the bureau'],
  ['GET /api/v1/award-rounds/{id}',                             '401', '403',    '403',    '200', '200', '200', 'the bureau'],
  ['POST /api/v1/award-rounds/{id}/compute',                    '401', '403',    '403',    '403', '403', '202', 'admins compute'],
  ['GET /api/v1/award-rounds/{id}/results',                     '401', '403',    '403',    '200', '200', '200', 'the bureau (providers read their own explanation)'],
  ['GET /api/v1/award-rounds/{id}/results/{providerId}',        '401', '403',    '200/404','200', '200', '200', 'the bureau, and a provider its own explanation'],
  ['GET /api/v1/award-rounds/{id}/export',                      '401', '403',    '403',    '200', '200', '200', 'the bureau'],
  ['POST /api/v1/award-rounds/{id}/publish',                    '401', '403',    '403',    '403', '403', '200', 'admins publish'],
  ['POST /api/v1/award-rounds/{id}/finalize',                   '401', '403',    '403',    '403', '403', '200', 'admins finalise after the notice'],
  ['POST /api/v1/award-rounds/{id}/objections',                 '401', '403',    '201',    '403', '403', '403', 'providers object during the notice'],
  ['GET /api/v1/award-rounds/{id}/objections',                  '401', '403',    '200',    '200', '200', '200', 'a provider its own (no other’s in the answer), the bureau all'],
  ['POST /api/v1/award-rounds/{id}/objections/{objectionId}/resolve', '401', '403', '403', '403', '403', '200', 'admins answer objections'],
  ['GET /api/v1/awards/{year}',                                 '200', '200',    '200',    '200', '200', '200', 'the published list is public'],
  // Matchmaking: demands (side's enterprise, category ip, pool) and proposals (side's provider on side's demand)
  ['POST /api/v1/demands',                                      '401', '201',    '403',    '403', '403', '403', 'enterprises post demands'],
  ['GET /api/v1/demands',                                       '200', '200',    '200',    '200', '200', '200', 'each caller the demands it may see (no other’s draft in the answer)'],
  ['GET /api/v1/demands/{id}',                                  '404', '200/404','404',    '200', '200', '200', 'a draft: its owner and the bureau see it, nobody else learns it exists'],
  ['PATCH /api/v1/demands/{id}',                                '401', '200/404','403',    '403', '403', '403', 'only the owner edits its draft'],
  ['POST /api/v1/demands/{id}/publish',                         '401', '200/404','403',    '403', '403', '403', 'only the owner publishes'],
  ['POST /api/v1/demands/{id}/close',                           '401', '200/404','403',    '403', '403', '403', 'only the owner closes'],
  ['GET /api/v1/demands/{id}/suggested-providers',              '401', '200/404','403',    '200', '200', '200', 'its owner and the bureau; another enterprise does not see a pool demand'],
  ['POST /api/v1/demands/{id}/proposals',                       '401', '403',    '201',    '403', '403', '403', 'a pool provider of the category answers any demand it sees'],
  ['GET /api/v1/demands/{id}/proposals',                        '401', '200/404','200',    '200', '200', '200', 'the owner all, a provider its own (none on the other side’s), the bureau all'],
  ['PATCH /api/v1/proposals/{id}',                              '401', '403',    '200/404','403', '403', '403', 'only its provider edits a proposal'],
  ['POST /api/v1/proposals/{id}/withdraw',                      '401', '403',    '200/404','403', '403', '403', 'only its provider withdraws'],
  ['POST /api/v1/proposals/{id}/accept',                        '401', '200/404','403',    '403', '403', '403', 'only the demand’s owner accepts'],
  // Matchmaking events
  ['POST /api/v1/matchmaking-events',                           '401', '403',    '403',    '403', '403', '201', 'admins create events'],
  ['GET /api/v1/matchmaking-events',                            '200', '200',    '200',    '200', '200', '200', 'events are public'],
  ['GET /api/v1/matchmaking-events/{id}',                       '200', '200',    '200',    '200', '200', '200', 'an event is public; meetings only for its participants (their own) and the bureau'],
  ['POST /api/v1/matchmaking-events/{id}/registrations',        '401', '201',    '201',    '403', '403', '403', 'enterprises and approved providers register; the bureau does not'],
  ['POST /api/v1/matchmaking-events/{id}/meetings',             '401', '403',    '403',    '403', '403', '201', 'admins schedule meetings'],
  ['POST /api/v1/meetings/{id}/outcome',                        '401', '403',    '403',    '403', '403', '200', 'admins record outcomes'],
];

export interface Expectation {
  own: Cell;
  foreign: Cell;
}

/** The cells of a row by role, each split into own and foreign. */
export function expectations(row: MatrixRow): Record<Role, Expectation> {
  const cells = row.slice(1, 7) as Cell[];
  return Object.fromEntries(
    ROLES.map((role, i) => {
      const [own, foreign = own] = cells[i].split('/');
      return [role, { own, foreign }];
    }),
  ) as Record<Role, Expectation>;
}

/** Whether `status` is what `cell` expects: the same status, or a status of its class. */
export function matches(cell: Cell, status: number): boolean {
  return /^\dxx$/.test(cell) ? Math.floor(status / 100) === Number(cell[0]) : status === Number(cell);
}

export const isSuccess = (cell: Cell): boolean => cell.startsWith('2');
