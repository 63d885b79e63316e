// Every migration, in order. Generated with `npm run migration:generate -- <Name>`, then read and committed.
import { Init1795357725791 } from './1795357725791-Init.js';
import { AppendOnlyAuditAndReferenceData1795357725792 } from './1795357725792-AppendOnlyAuditAndReferenceData.js';
import { ProviderPool1795358598071 } from './1795358598071-ProviderPool.js';
import { ProviderCategoriesGin1795358598072 } from './1795358598072-ProviderCategoriesGin.js';
import { ListingsAndSearch1795359525021 } from './1795359525021-ListingsAndSearch.js';
import { SearchDocumentGin1795359525022 } from './1795359525022-SearchDocumentGin.js';
import { SearchState1795360530403 } from './1795360530403-SearchState.js';
import { SearchStateRow1795360530404 } from './1795360530404-SearchStateRow.js';
import { Enterprises1795361146517 } from './1795361146517-Enterprises.js';
import { OrdersAndPayments1795361472500 } from './1795361472500-OrdersAndPayments.js';
import { IdempotencyKeyCreatedAt1795362762240 } from './1795362762240-IdempotencyKeyCreatedAt.js';
import { IdempotencyKeyLease1796162996091 } from './1796162996091-IdempotencyKeyLease.js';
import { CardPaymentCancellation1796163106932 } from './1796163106932-CardPaymentCancellation.js';
import { OrderRequestKey1796163106933 } from './1796163106933-OrderRequestKey.js';
import { Vouchers1796165080286 } from './1796165080286-Vouchers.js';
import { VoucherMoneyConstraints1796165080287 } from './1796165080287-VoucherMoneyConstraints.js';
import { Notifications1796166817787 } from './1796166817787-Notifications.js';
import { Ratings1796166885024 } from './1796166885024-Ratings.js';
import { ProviderMembership1796167443785 } from './1796167443785-ProviderMembership.js';
import { ProviderMembershipBackfill1796167443786 } from './1796167443786-ProviderMembershipBackfill.js';
import { RatingOrderFacts1796168424646 } from './1796168424646-RatingOrderFacts.js';
import { AuditEventActorOrg1796168697773 } from './1796168697773-AuditEventActorOrg.js';
import { AwardRounds1796168921555 } from './1796168921555-AwardRounds.js';
import { AwardRoundJob1796169992934 } from './1796169992934-AwardRoundJob.js';
import { AwardNotice1796172286896 } from './1796172286896-AwardNotice.js';
import { SearchSummaryAndSortIndexes1796180000000 } from './1796180000000-SearchSummaryAndSortIndexes.js';
import { SearchFieldWords1796180000001 } from './1796180000001-SearchFieldWords.js';
import { AwardFactsAsJsonText1796190000001 } from './1796190000001-AwardFactsAsJsonText.js';
import { VerifiedOrganisationsAndDeactivation1796190000000 } from './1796190000000-VerifiedOrganisationsAndDeactivation.js';
import { MatchmakingDemands1796200000000 } from './1796200000000-MatchmakingDemands.js';
import { MatchmakingEvents1796200000001 } from './1796200000001-MatchmakingEvents.js';

export const MIGRATIONS: Function[] = [
  Init1795357725791,
  AppendOnlyAuditAndReferenceData1795357725792,
  ProviderPool1795358598071,
  ProviderCategoriesGin1795358598072,
  ListingsAndSearch1795359525021,
  SearchDocumentGin1795359525022,
  SearchState1795360530403,
  SearchStateRow1795360530404,
  Enterprises1795361146517,
  OrdersAndPayments1795361472500,
  IdempotencyKeyCreatedAt1795362762240,
  IdempotencyKeyLease1796162996091,
  CardPaymentCancellation1796163106932,
  OrderRequestKey1796163106933,
  Vouchers1796165080286,
  VoucherMoneyConstraints1796165080287,
  Notifications1796166817787,
  Ratings1796166885024,
  ProviderMembership1796167443785,
  ProviderMembershipBackfill1796167443786,
  RatingOrderFacts1796168424646,
  AuditEventActorOrg1796168697773,
  AwardRounds1796168921555,
  AwardRoundJob1796169992934,
  AwardNotice1796172286896,
  SearchSummaryAndSortIndexes1796180000000,
  SearchFieldWords1796180000001,
  VerifiedOrganisationsAndDeactivation1796190000000,
  AwardFactsAsJsonText1796190000001,
  MatchmakingDemands1796200000000,
  MatchmakingEvents1796200000001,
];
