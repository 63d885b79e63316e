// Generated from the API's OpenAPI document by `npm run web:api-types`: do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CatalogController_categories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CatalogController_regions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bureau/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BureauUsersController_list"];
        put?: never;
        post: operations["BureauUsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bureau/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BureauUsersController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bureau/users/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BureauUsersController_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bureau/uscc-contests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsccContestsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProvidersController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ProvidersController_update"];
        trace?: never;
    };
    "/api/v1/providers/me/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProvidersController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProvidersController_directory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProvidersController_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProvidersController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProvidersController_return"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProvidersController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProvidersController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProvidersController_reinstate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProvidersController_remove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pool/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PoolApplicationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/me/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OwnListingsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ListingsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/listings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ListingsController_update"];
        trace?: never;
    };
    "/api/v1/listings/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ListingsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/listings/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ListingsController_unpublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/listings/{id}/take-down": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ListingsController_takeDown"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SearchController_listings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EnterprisesController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["EnterprisesController_update"];
        trace?: never;
    };
    "/api/v1/enterprises/me/tier-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EnterprisesController_claim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tier-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TierClaimsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tier-claims/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TierClaimsController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tier-claims/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TierClaimsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrdersController_list"];
        put?: never;
        post: operations["OrdersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrdersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrdersController_quote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrdersController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrdersController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrdersController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrdersController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrdersController_pay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/payments/offline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrdersController_payOffline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrdersController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrdersController_deliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/accept-delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrdersController_acceptDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrdersController_dispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrdersController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrdersController_thread"];
        put?: never;
        post: operations["OrdersController_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/stripe/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StripeWebhookController_webhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/voucher-programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VoucherProgramsController_list"];
        put?: never;
        post: operations["VoucherProgramsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/voucher-programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VoucherProgramsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["VoucherProgramsController_update"];
        trace?: never;
    };
    "/api/v1/voucher-programs/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VoucherProgramsController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/voucher-programs/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VoucherProgramsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/voucher-programs/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VoucherProgramsController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/voucher-programs/{id}/bulk-issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VoucherProgramsController_bulkIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/voucher-programs/{id}/ledger-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VoucherProgramsController_ledgerCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/voucher-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VoucherApplicationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/voucher-applications/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VoucherApplicationsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/voucher-applications/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VoucherApplicationsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vouchers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VouchersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vouchers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VouchersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vouchers/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VouchersController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrderRatingController_get"];
        put?: never;
        post: operations["OrderRatingController_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["OrderRatingController_edit"];
        trace?: never;
    };
    "/api/v1/ratings/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RatingsController_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/{id}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RatingsController_hide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProviderRatingsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redemption-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RedemptionClaimsController_list"];
        put?: never;
        post: operations["RedemptionClaimsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redemption-claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RedemptionClaimsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redemption-claims/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RedemptionClaimsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redemption-claims/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RedemptionClaimsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settlement-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SettlementBatchesController_list"];
        put?: never;
        post: operations["SettlementBatchesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settlement-batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SettlementBatchesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settlement-batches/{id}/mark-paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SettlementBatchesController_markPaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settlement-batches/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SettlementBatchesController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationsController_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatsController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/award-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AwardRoundsController_list"];
        put?: never;
        post: operations["AwardRoundsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/award-rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AwardRoundsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/award-rounds/{id}/compute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AwardRoundsController_compute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/award-rounds/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AwardRoundsController_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/award-rounds/{id}/results/{providerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AwardRoundsController_explanation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/award-rounds/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AwardRoundsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/award-rounds/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AwardRoundsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/award-rounds/{id}/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AwardRoundsController_finalize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/award-rounds/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AwardRoundsController_objections"];
        put?: never;
        post: operations["AwardRoundsController_lodgeObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/award-rounds/{id}/objections/{objectionId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AwardRoundsController_resolveObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/awards/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicAwardsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/me/standing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProviderStandingController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DemandsController_list"];
        put?: never;
        post: operations["DemandsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DemandsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["DemandsController_update"];
        trace?: never;
    };
    "/api/v1/demands/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DemandsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DemandsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/suggested-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DemandsController_suggested"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DemandsController_proposalsOf"];
        put?: never;
        post: operations["DemandsController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ProposalsController_update"];
        trace?: never;
    };
    "/api/v1/proposals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProposalsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProposalsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matchmaking-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MatchmakingEventsController_list"];
        put?: never;
        post: operations["MatchmakingEventsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matchmaking-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MatchmakingEventsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matchmaking-events/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MatchmakingEventsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matchmaking-events/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MatchmakingEventsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MeetingsController_outcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        HealthView: {
            /** @example ok */
            status: string;
            /** @example up */
            database: string;
        };
        CategoryItem: {
            /** @example ip */
            code: string;
            /** @example 知识产权 */
            name: string;
        };
        RegionItem: {
            /** @example 330212 */
            code: string;
            /** @example 鄞州区 */
            name: string;
            /** @example 330200 */
            parent: string | null;
        };
        RegionList: {
            /**
             * @description The jurisdiction (辖区) itself
             * @example 330200
             */
            root: string;
            items: components["schemas"]["RegionItem"][];
        };
        RegisterOrganisationDto: {
            /** @example 宁波甬创知识产权代理有限公司 */
            name: string;
            /**
             * @description 统一社会信用代码, 18 characters with a valid check character
             * @example 91350100M000100Y43
             */
            uscc: string;
            /**
             * @description A region code of the jurisdiction (GET /api/v1/regions)
             * @example 330212
             */
            regionCode: string;
        };
        RegisterDto: {
            /** @example zhang.wei@example.com */
            email: string;
            /** @example correct-horse-battery */
            password: string;
            /** @example 张伟 */
            name: string;
            /** @enum {string} */
            orgType: "enterprise" | "provider";
            org: components["schemas"]["RegisterOrganisationDto"];
        };
        OrganisationView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "enterprise" | "provider" | "bureau";
            name: string;
            uscc: string | null;
            regionCode: string;
            /**
             * Format: date-time
             * @description When the bureau checked its business licence (pool admission or tier review); null: not yet
             */
            verifiedAt: string | null;
        };
        UserView: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            roles: ("owner" | "reviewer" | "finance" | "admin")[];
            organisation: components["schemas"]["OrganisationView"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastLoginAt?: string | null;
            /**
             * Format: date-time
             * @description Set: the user cannot log in and its tokens are refused
             */
            deactivatedAt: string | null;
            deactivationReason: string | null;
        };
        SessionView: {
            /** @description Bearer token for the Authorization header */
            accessToken: string;
            user: components["schemas"]["UserView"];
            organisation: components["schemas"]["OrganisationView"];
            /** @description Registration only: another organisation of this type registered this USCC too; the bureau decides whose it is when it checks the business licence */
            usccContested?: boolean;
        };
        LoginDto: {
            /** @example admin@srdi.local */
            email: string;
            password: string;
        };
        CreateBureauUserDto: {
            /** @example zhang.wei@example.com */
            email: string;
            /** @example correct-horse-battery */
            password: string;
            /** @example 李审核 */
            name: string;
            /**
             * @example [
             *       "reviewer"
             *     ]
             */
            roles: ("reviewer" | "finance" | "admin")[];
        };
        ReasonDto: {
            /** @example 资质证书已过期，请更新后重新提交 */
            reason?: string;
        };
        ContestedOrganisationView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "enterprise" | "provider" | "bureau";
            name: string;
            uscc: string | null;
            regionCode: string;
            /**
             * Format: date-time
             * @description When the bureau checked its business licence (pool admission or tier review); null: not yet
             */
            verifiedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            users: components["schemas"]["UserView"][];
        };
        UsccContestView: {
            uscc: string;
            /** @enum {string} */
            type: "enterprise" | "provider";
            /**
             * Format: uuid
             * @description The verified one, if any
             */
            verifiedOrganisationId: string | null;
            organisations: components["schemas"]["ContestedOrganisationView"][];
        };
        AuditEventView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            entityType: "provider" | "enterprise" | "tier_claim" | "listing" | "order" | "voucher_program" | "voucher_application" | "voucher" | "redemption_claim" | "settlement_batch" | "rating" | "award_round" | "user" | "organisation" | "demand" | "proposal" | "matchmaking_event" | "meeting";
            /** Format: uuid */
            entityId: string;
            /** @example approved */
            action: string;
            /**
             * Format: uuid
             * @description null: the system itself
             */
            actorId: string | null;
            /** Format: uuid */
            orgId: string | null;
            reason: string | null;
            before: Record<string, never> | null;
            after: Record<string, never> | null;
            /** Format: date-time */
            createdAt: string;
        };
        AuditEventPage: {
            items: components["schemas"]["AuditEventView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        QualificationView: {
            kind: string;
            number: string;
            issuer: string;
            /** @example 2028-12-31 */
            validUntil: string;
        };
        LastDecisionView: {
            /** @example returned */
            action: string;
            reason: string | null;
            at: string;
        };
        AdmissionCheckView: {
            /** @enum {string} */
            code: "USCC_VALID" | "USCC_UNIQUE_IN_POOL" | "USCC_UNCONTESTED" | "HAS_CATEGORY" | "QUALIFICATIONS_VALID";
            passed: boolean;
            detail: string;
        };
        ProviderProfileView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "approved" | "returned" | "rejected" | "suspended" | "removed";
            categories: string[];
            regionCode: string;
            introduction: string | null;
            qualifications: components["schemas"]["QualificationView"][];
            staffCount: number | null;
            /** Format: date-time */
            admittedAt: string | null;
            /** @description Average overall rating (1-5), null before any rating */
            rating: number | null;
            ratingCount: number;
            /** @description Enterprises served (completed orders) */
            servedCount: number;
            uscc: string;
            legalRepresentative: string | null;
            contactName: string | null;
            contactPhone: string | null;
            address: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            lastDecision: components["schemas"]["LastDecisionView"] | null;
            /**
             * Format: date-time
             * @description After a rejection or removal: earliest re-submission
             */
            reapplyAfter?: string | null;
            /** @description The admission checks of DOMAIN.md §1 */
            checks: components["schemas"]["AdmissionCheckView"][];
        };
        QualificationDto: {
            /** @example 专利代理机构执业许可证 */
            kind: string;
            /** @example 33107 */
            number: string;
            /** @example 国家知识产权局 */
            issuer: string;
            /**
             * @description YYYY-MM-DD, inclusive
             * @example 2028-12-31
             */
            validUntil: string;
        };
        UpdateProviderProfileDto: {
            /** @example 宁波知行知识产权代理有限公司 */
            name?: string;
            /**
             * @description A region of the jurisdiction
             * @example 330212
             */
            regionCode?: string;
            /** @example 王磊 */
            legalRepresentative?: string;
            /** @example 陈晓 */
            contactName?: string;
            /** @example 13805741234 */
            contactPhone?: string;
            /** @example 宁波市鄞州区天童南路588号 */
            address?: string;
            introduction?: string;
            /**
             * @description Service category codes (GET /api/v1/categories)
             * @example [
             *       "ip",
             *       "legal_tax"
             *     ]
             */
            categories?: string[];
            qualifications?: components["schemas"]["QualificationDto"][];
            /** @example 25 */
            staffCount?: number;
        };
        PublicProviderView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "approved" | "returned" | "rejected" | "suspended" | "removed";
            categories: string[];
            regionCode: string;
            introduction: string | null;
            qualifications: components["schemas"]["QualificationView"][];
            staffCount: number | null;
            /** Format: date-time */
            admittedAt: string | null;
            /** @description Average overall rating (1-5), null before any rating */
            rating: number | null;
            ratingCount: number;
            /** @description Enterprises served (completed orders) */
            servedCount: number;
        };
        ProviderPage: {
            items: components["schemas"]["PublicProviderView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ApplicationPage: {
            items: components["schemas"]["ProviderProfileView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ListingDecisionView: {
            /** @example taken_down */
            action: string;
            reason?: string | null;
            /** Format: date-time */
            at: string;
        };
        ListingView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            providerId: string;
            /** @description On GET /listings/:id: the provider as the directory shows it */
            providerName?: string;
            title: string;
            description: string;
            category: string;
            tags: string[];
            /** @enum {string} */
            priceModel: "fixed" | "from" | "quote";
            priceFen?: number | null;
            unit: string;
            deliveryDays: number;
            regionCodes: string[];
            srdiSpecial: boolean;
            voucherEligible: boolean;
            /** @enum {string} */
            status: "draft" | "published" | "unpublished" | "taken_down";
            /** @description Owner and bureau only: the last take-down or automatic unpublish, with its reason */
            lastDecision?: components["schemas"]["ListingDecisionView"] | null;
            servedCount: number;
            /** Format: date-time */
            publishedAt?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ListingPage: {
            items: components["schemas"]["ListingView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        CreateListingDto: {
            /** @example 发明专利申请代理（含检索与撰写） */
            title: string;
            /** @example 由资深专利代理师完成技术交底、查新检索、申请文件撰写与答复审查意见…… */
            description: string;
            /** @example ip */
            category: string;
            /**
             * @example [
             *       "发明专利",
             *       "专利检索"
             *     ]
             */
            tags?: string[];
            /** @enum {string} */
            priceModel: "fixed" | "from" | "quote";
            /**
             * @description Integer fen; required for fixed and from, empty for quote
             * @example 450000
             */
            priceFen?: number | null;
            /** @example 件 */
            unit: string;
            /** @example 30 */
            deliveryDays: number;
            /**
             * @description Regions served; a city serves its districts
             * @example [
             *       "330200"
             *     ]
             */
            regionCodes: string[];
            /**
             * @description A special offer for SRDI SMEs
             * @default false
             */
            srdiSpecial: boolean;
            /**
             * @description Service vouchers may pay part of the fee
             * @default false
             */
            voucherEligible: boolean;
        };
        UpdateListingDto: {
            /** @example 发明专利申请代理（含检索与撰写） */
            title?: string;
            /** @example 由资深专利代理师完成技术交底、查新检索、申请文件撰写与答复审查意见…… */
            description?: string;
            /** @example ip */
            category?: string;
            /**
             * @example [
             *       "发明专利",
             *       "专利检索"
             *     ]
             */
            tags?: string[];
            /** @enum {string} */
            priceModel?: "fixed" | "from" | "quote";
            /**
             * @description Integer fen; required for fixed and from, empty for quote
             * @example 450000
             */
            priceFen?: number | null;
            /** @example 件 */
            unit?: string;
            /** @example 30 */
            deliveryDays?: number;
            /**
             * @description Regions served; a city serves its districts
             * @example [
             *       "330200"
             *     ]
             */
            regionCodes?: string[];
            /**
             * @description A special offer for SRDI SMEs
             * @default false
             */
            srdiSpecial: boolean;
            /**
             * @description Service vouchers may pay part of the fee
             * @default false
             */
            voucherEligible: boolean;
        };
        SearchHighlightView: {
            /** @description The title, HTML-escaped, matched words in <em> */
            title: string;
            /** @description About 120 characters of the description around the first match, HTML-escaped */
            description: string;
        };
        SearchItemView: {
            /** Format: uuid */
            id: string;
            title: string;
            category: string;
            tags: string[];
            /** @enum {string} */
            priceModel: "fixed" | "from" | "quote";
            /** @description Null when priced on quote */
            priceFen?: number | null;
            unit: string;
            deliveryDays: number;
            regionCodes: string[];
            srdiSpecial: boolean;
            voucherEligible: boolean;
            /** Format: uuid */
            providerId: string;
            providerName: string;
            /** @description The provider's average rating, 0 when unrated */
            rating: number;
            ratingCount: number;
            /** @description Enterprises the provider has served */
            servedCount: number;
            highlight: components["schemas"]["SearchHighlightView"];
        };
        SearchFacetsView: {
            /**
             * @example {
             *       "digital": 12
             *     }
             */
            category: {
                [key: string]: number;
            };
            /**
             * @example {
             *       "330200": 30
             *     }
             */
            regionCode: {
                [key: string]: number;
            };
        };
        SearchResultView: {
            items: components["schemas"]["SearchItemView"][];
            total: number;
            page: number;
            pageSize: number;
            /** @description True when total and the facet counts are estimates: above 1,000 hits the PostgreSQL engine counts a sample and estimates the rest */
            totalEstimated: boolean;
            facets: components["schemas"]["SearchFacetsView"];
            /** @description Time spent answering, in milliseconds */
            tookMs: number;
            /** @enum {string} */
            engine: "postgres" | "meilisearch";
        };
        CurrentTierView: {
            /** @enum {string} */
            tier: "innovative_sme" | "srdi" | "little_giant" | "single_champion";
            /** @example 2027-12-31 */
            validUntil: string;
            /** Format: uuid */
            claimId: string;
        };
        TierClaimView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            enterpriseId: string;
            /** @enum {string} */
            tier: "innovative_sme" | "srdi" | "little_giant" | "single_champion";
            certificateNo: string;
            year: number;
            /** @enum {string} */
            status: "pending" | "verified" | "rejected";
            /** @example 2027-12-31 */
            validUntil: string | null;
            /** @description Why it was rejected */
            reason: string | null;
            decidedAt: string | null;
            createdAt: string;
        };
        EnterpriseView: {
            /** Format: uuid */
            id: string;
            name: string;
            uscc: string;
            regionCode: string;
            legalRepresentative: string | null;
            contactPhone: string | null;
            industry: string | null;
            employeeCount: number | null;
            revenueBand: string | null;
            /** @description The verified tier valid today, or null */
            tier: components["schemas"]["CurrentTierView"] | null;
            /** @description Every claim, newest first */
            tierClaims: components["schemas"]["TierClaimView"][];
        };
        UpdateEnterpriseDto: {
            /** @example 宁波甬江精密机械有限公司 */
            name?: string;
            /** @example 陈建华 */
            legalRepresentative?: string;
            /** @example 0574-87654321 */
            contactPhone?: string;
            /** @example 通用设备制造业 */
            industry?: string;
            /** @example 120 */
            employeeCount?: number;
            /** @example 5000万-1亿元 */
            revenueBand?: string;
        };
        TierClaimDto: {
            /** @enum {string} */
            tier: "innovative_sme" | "srdi" | "little_giant" | "single_champion";
            /** @example 浙经信企业〔2024〕123号 */
            certificateNo: string;
            /**
             * @description Year the tier was granted
             * @example 2024
             */
            year: number;
        };
        TierClaimReviewView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            enterpriseId: string;
            /** @enum {string} */
            tier: "innovative_sme" | "srdi" | "little_giant" | "single_champion";
            certificateNo: string;
            year: number;
            /** @enum {string} */
            status: "pending" | "verified" | "rejected";
            /** @example 2027-12-31 */
            validUntil: string | null;
            /** @description Why it was rejected */
            reason: string | null;
            decidedAt: string | null;
            createdAt: string;
            enterpriseName: string;
            enterpriseUscc: string;
        };
        TierClaimReviewPage: {
            items: components["schemas"]["TierClaimReviewView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        TierDecisionDto: {
            /**
             * @description verify: default 31 Dec of year + 3
             * @example 2027-12-31
             */
            validUntil?: string;
            /** @description Required to reject */
            reason?: string;
        };
        CreateOrderDto: {
            /** Format: uuid */
            listingId: string;
            /** @example 公司有3项新型传动结构需要申请发明专利，希望月底前提交。 */
            requirement: string;
            /**
             * Format: uuid
             * @description A service voucher (服务券) to pay part of the fee
             */
            voucherId?: string;
        };
        PaymentStateView: {
            /** @enum {string|null} */
            method: "stripe" | "offline" | null;
            /** @enum {string|null} */
            status: "pending" | "failed" | "cancelled" | "problem" | "succeeded" | "refunded" | null;
            refundStatus: string | null;
            /** @description Why a card payment did not count as paid (status problem) */
            problem: string | null;
        };
        OrderEventView: {
            action: string;
            fromStatus: string | null;
            toStatus: string | null;
            /** Format: uuid */
            actorId: string | null;
            /** @enum {string} */
            actorRole: "enterprise" | "provider" | "reviewer" | "system";
            detail: {
                [key: string]: unknown;
            } | null;
            createdAt: string;
        };
        OrderView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "requested" | "quoted" | "confirmed" | "in_progress" | "delivered" | "completed" | "disputed" | "declined" | "cancelled" | "expired";
            /** Format: uuid */
            enterpriseId: string;
            enterpriseName: string;
            /** Format: uuid */
            providerId: string;
            providerName: string;
            /**
             * Format: uuid
             * @description Null for an order agreed on a matchmaking proposal without a listing
             */
            listingId: string | null;
            listingTitle: string;
            category: string;
            /** @enum {string} */
            priceModel: "fixed" | "from" | "quote";
            listedPriceFen: number | null;
            requirement: string;
            quotedPriceFen: number | null;
            /** @description Frozen at confirmation */
            agreedPriceFen: number | null;
            /** Format: uuid */
            voucherId: string | null;
            /** @description The part a service voucher pays */
            voucherFen: number;
            /** @description Agreed price less the voucher part */
            copayFen: number | null;
            /** @description Co-pay received and not refunded */
            paidFen: number;
            refundedFen: number;
            payment: components["schemas"]["PaymentStateView"];
            deliverySummary: string | null;
            /** @description An unanswered request or quote expires then */
            expiresAt: string | null;
            confirmedAt: string | null;
            completedAt: string | null;
            createdAt: string;
            updatedAt: string;
            /** @description GET /orders/:id: the history, oldest first */
            events?: components["schemas"]["OrderEventView"][];
        };
        OrderPage: {
            items: components["schemas"]["OrderView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        QuoteDto: {
            /**
             * @description Integer fen
             * @example 680000
             */
            priceFen: number;
        };
        ConfirmDto: {
            /**
             * @description The quoted price (integer fen) the enterprise accepts, as it saw it
             * @example 680000
             */
            priceFen: number;
        };
        CardPaymentView: {
            /** @description For Stripe.js confirmCardPayment in the browser */
            clientSecret: string;
            amountFen: number;
        };
        OfflinePaymentDto: {
            /**
             * @description Bank transfer reference
             * @example ICBC-20261122-0001
             */
            reference: string;
        };
        DeliverDto: {
            /** @example 已提交3件发明专利申请，取得受理通知书，附检索报告。 */
            summary: string;
        };
        ResolveDto: {
            /** @enum {string} */
            outcome: "completed" | "cancelled";
            reason: string;
        };
        OrderMessageView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            authorId: string;
            /** Format: uuid */
            authorOrgId: string;
            body: string;
            createdAt: string;
        };
        OrderMessagePage: {
            items: components["schemas"]["OrderMessageView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        MessageDto: {
            body: string;
        };
        CreateVoucherProgramDto: {
            /** @example 2026年度宁波市专精特新服务券 */
            name: string;
            /** @example 2026 */
            year: number;
            /**
             * @description Total budget, integer fen
             * @example 500000000
             */
            budgetFen: number;
            /**
             * @description Share of the agreed price a voucher pays, basis points (1-10000)
             * @example 5000
             */
            coverageBp: number;
            /** @example 5000000 */
            maxFaceValueFen: number;
            /**
             * @description Sum of one enterprise's face values in this programme
             * @example 10000000
             */
            perEnterpriseYearCapFen: number;
            /**
             * @description Eligible service categories
             * @example [
             *       "ip",
             *       "digital"
             *     ]
             */
            categories: string[];
            /** @description Eligible verified tiers */
            tiers: ("innovative_sme" | "srdi" | "little_giant" | "single_champion")[];
            /**
             * @description Applications from (inclusive, Asia/Shanghai)
             * @example 2026-01-01
             */
            applyFrom: string;
            /** @example 2026-10-31 */
            applyUntil: string;
            /**
             * @description Vouchers usable from (inclusive)
             * @example 2026-01-01
             */
            validFrom: string;
            /**
             * @description Vouchers usable until (inclusive); then unused money expires
             * @example 2026-12-31
             */
            validUntil: string;
        };
        VoucherProgramView: {
            /** Format: uuid */
            id: string;
            name: string;
            year: number;
            /** @enum {string} */
            status: "draft" | "open" | "closed";
            coverageBp: number;
            maxFaceValueFen: number;
            perEnterpriseYearCapFen: number;
            categories: string[];
            tiers: string[];
            applyFrom: string;
            applyUntil: string;
            validFrom: string;
            validUntil: string;
            /** @description Bureau only */
            budgetFen?: number;
            /** @description Bureau only: face values issued less expired and revoked */
            committedFen?: number;
            heldFen?: number;
            consumedFen?: number;
            /** @description Approved, batched or paid claims */
            redeemedFen?: number;
            paidFen?: number;
            /** @description budget - committed */
            remainingFen?: number;
        };
        UpdateVoucherProgramDto: {
            /** @example 2026年度宁波市专精特新服务券 */
            name?: string;
            /** @example 2026 */
            year?: number;
            /**
             * @description Total budget, integer fen
             * @example 500000000
             */
            budgetFen?: number;
            /**
             * @description Share of the agreed price a voucher pays, basis points (1-10000)
             * @example 5000
             */
            coverageBp?: number;
            /** @example 5000000 */
            maxFaceValueFen?: number;
            /**
             * @description Sum of one enterprise's face values in this programme
             * @example 10000000
             */
            perEnterpriseYearCapFen?: number;
            /**
             * @description Eligible service categories
             * @example [
             *       "ip",
             *       "digital"
             *     ]
             */
            categories?: string[];
            /** @description Eligible verified tiers */
            tiers?: ("innovative_sme" | "srdi" | "little_giant" | "single_champion")[];
            /**
             * @description Applications from (inclusive, Asia/Shanghai)
             * @example 2026-01-01
             */
            applyFrom?: string;
            /** @example 2026-10-31 */
            applyUntil?: string;
            /**
             * @description Vouchers usable from (inclusive)
             * @example 2026-01-01
             */
            validFrom?: string;
            /**
             * @description Vouchers usable until (inclusive); then unused money expires
             * @example 2026-12-31
             */
            validUntil?: string;
        };
        VoucherProgramPage: {
            items: components["schemas"]["VoucherProgramView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        VoucherApplicationDto: {
            /**
             * @description Face value asked for, integer fen
             * @example 3000000
             */
            requestedFen: number;
            /** @example 申请专利布局与数字化诊断服务 */
            purpose: string;
        };
        VoucherApplicationView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programId: string;
            /** Format: uuid */
            enterpriseId: string;
            requestedFen: number;
            purpose: string;
            /** @enum {string} */
            status: "submitted" | "approved" | "rejected";
            /** @description Why it was rejected */
            reason: string | null;
            /** Format: uuid */
            voucherId: string | null;
            createdAt: string;
            decidedAt: string | null;
        };
        BulkIssueDto: {
            tiers: ("innovative_sme" | "srdi" | "little_giant" | "single_champion")[];
            /** @example 1000000 */
            faceValueFen: number;
        };
        BulkIssueView: {
            issued: number;
            skipped: {
                [key: string]: unknown;
            }[];
        };
        LedgerCheckView: {
            ok: boolean;
            ledgerRows: number;
            differences: {
                [key: string]: unknown;
            }[];
        };
        VoucherApplicationPage: {
            items: components["schemas"]["VoucherApplicationView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ApproveApplicationDto: {
            /**
             * @description Face value issued; at most the amount applied for (default it)
             * @example 2000000
             */
            faceValueFen?: number;
        };
        VoucherMovementView: {
            /** @enum {string} */
            kind: "issue" | "hold" | "release" | "consume" | "expire" | "revoke" | "redeem" | "pay";
            amountFen: number;
            /** Format: uuid */
            orderId: string | null;
            createdAt: string;
        };
        VoucherView: {
            /** Format: uuid */
            id: string;
            /**
             * @description Unguessable, with a check character
             * @example K7QM-8ZPD-3HX9
             */
            code: string;
            /** Format: uuid */
            programId: string;
            programName: string;
            /** Format: uuid */
            enterpriseId: string;
            /** @enum {string} */
            status: "active" | "expired" | "revoked";
            faceValueFen: number;
            availableFen: number;
            heldFen: number;
            consumedFen: number;
            /** @description Expired unused, or revoked: available + held + consumed + expired = face */
            expiredFen: number;
            /** @description Of expiredFen, what the bureau revoked */
            revokedFen: number;
            validFrom: string;
            validUntil: string;
            issuedAt: string;
            /** @description GET /vouchers/:id: the ledger, oldest first */
            history?: components["schemas"]["VoucherMovementView"][];
        };
        VoucherPage: {
            items: components["schemas"]["VoucherView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        RatingDto: {
            /** @description 总体满意度 overall */
            overall: number;
            /** @description 专业能力 professionalism */
            professionalism: number;
            /** @description 响应及时 timeliness */
            timeliness: number;
            /** @description 服务成效 effectiveness */
            effectiveness: number;
            /** @description 性价比 value */
            value: number;
            /** @example 撰写质量高，沟通及时，两件发明专利均已受理。 */
            comment?: string;
            /**
             * @description Measured outcomes of the order's category: ip { patentsFiled, patentsGranted, trademarks }, digital { maturityBefore, maturityAfter } (1-5), energy_carbon { energySavedTce, co2SavedT }, finance { financingRaisedFen }, market { newContracts, newCustomers }; any category { note }
             * @example {
             *       "patentsFiled": 2,
             *       "patentsGranted": 0
             *     }
             */
            outcomes?: {
                [key: string]: unknown;
            };
        };
        RatingView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            /** Format: uuid */
            providerId: string;
            /**
             * Format: uuid
             * @description Null for an order without a listing
             */
            listingId: string | null;
            category: string;
            overall: number;
            professionalism: number;
            timeliness: number;
            effectiveness: number;
            value: number;
            comment: string | null;
            outcomes: {
                [key: string]: unknown;
            } | null;
            /** @description The provider's reply (once) */
            reply: string | null;
            repliedAt: string | null;
            hidden: boolean;
            /** @description Why the bureau hid it (its enterprise and the bureau see it) */
            hiddenReason: string | null;
            /** @description Until then the enterprise may edit it */
            editableUntil: string | null;
            createdAt: string;
            updatedAt: string;
        };
        UpdateRatingDto: {
            /** @description 总体满意度 overall */
            overall?: number;
            /** @description 专业能力 professionalism */
            professionalism?: number;
            /** @description 响应及时 timeliness */
            timeliness?: number;
            /** @description 服务成效 effectiveness */
            effectiveness?: number;
            /** @description 性价比 value */
            value?: number;
            /** @example 撰写质量高，沟通及时，两件发明专利均已受理。 */
            comment?: string;
            /**
             * @description Measured outcomes of the order's category: ip { patentsFiled, patentsGranted, trademarks }, digital { maturityBefore, maturityAfter } (1-5), energy_carbon { energySavedTce, co2SavedT }, finance { financingRaisedFen }, market { newContracts, newCustomers }; any category { note }
             * @example {
             *       "patentsFiled": 2,
             *       "patentsGranted": 0
             *     }
             */
            outcomes?: {
                [key: string]: unknown;
            };
        };
        ReplyDto: {
            /** @example 感谢认可，后续授权进展我们会及时同步。 */
            body: string;
        };
        PublicRatingView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            providerId: string;
            /**
             * Format: uuid
             * @description Null for an order without a listing
             */
            listingId: string | null;
            category: string;
            overall: number;
            professionalism: number;
            timeliness: number;
            effectiveness: number;
            value: number;
            comment: string | null;
            outcomes: {
                [key: string]: unknown;
            } | null;
            /** @description The provider's reply (once) */
            reply: string | null;
            repliedAt: string | null;
            hidden: boolean;
            /** @description Why the bureau hid it (its enterprise and the bureau see it) */
            hiddenReason: string | null;
            /** @description Until then the enterprise may edit it */
            editableUntil: string | null;
            createdAt: string;
            updatedAt: string;
            /**
             * Format: uuid
             * @description Only for the bureau and the rated provider
             */
            orderId?: string;
        };
        ProviderRatingsView: {
            items: components["schemas"]["PublicRatingView"][];
            total: number;
            page: number;
            pageSize: number;
            average: number;
            count: number;
            distribution: Record<string, never>;
            dimensions: Record<string, never>;
            outcomes: Record<string, never>;
        };
        SubmitClaimDto: {
            /**
             * Format: uuid
             * @description A completed order of yours with a consumed voucher part
             */
            orderId: string;
            /**
             * @description Unique in the whole system; compared without case and surrounding spaces
             * @example 26332000000012345678
             */
            invoiceNo: string;
            /**
             * @description Integer fen; at least the agreed price of the order
             * @example 450000
             */
            invoiceAmountFen: number;
            /** @example HT-2026-0312 */
            contractNo: string;
            /** @example 完成两件发明专利的技术交底、检索与申请文件撰写，已取得受理通知书。 */
            reportSummary: string;
        };
        RiskFlagView: {
            /** @example QUICK_DELIVERY */
            code: string;
            /** @example Delivered 5 hours after the order was confirmed */
            detail: string;
        };
        RedemptionClaimView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            /** Format: uuid */
            providerId: string;
            providerName: string | null;
            /** Format: uuid */
            enterpriseId: string;
            /** Format: uuid */
            programId: string;
            /** Format: uuid */
            voucherId: string;
            /** @description The consumed voucher part of the order, integer fen */
            amountFen: number;
            invoiceNo: string;
            invoiceAmountFen: number;
            contractNo: string;
            reportSummary: string;
            /** @enum {string} */
            status: "submitted" | "approved" | "rejected" | "batched" | "paid";
            /** @description Why it was rejected */
            reason: string | null;
            /** @description Rejected as final: the amount is forfeited, no new claim for the order */
            final: boolean;
            /** @description Bureau only: what the reviewer should look at (computed at submission) */
            riskFlags?: components["schemas"]["RiskFlagView"][];
            /** Format: uuid */
            batchId: string | null;
            /** @description When the batch it is in was paid */
            paidAt: string | null;
            /** @description The bank reference of that payment */
            bankReference: string | null;
            createdAt: string;
            decidedAt: string | null;
        };
        RedemptionClaimPage: {
            items: components["schemas"]["RedemptionClaimView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        RejectClaimDto: {
            /** @example 发票抬头与合同主体不一致，请更正后重新提交 */
            reason?: string;
            /** @description true: final (fraud), the amount is forfeited; false: correctable, the provider may claim again */
            final: boolean;
        };
        CreateSettlementBatchDto: {
            /** @description Approved claims in no batch yet (1-500) */
            claimIds: string[];
        };
        SettlementBatchView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "created" | "paid";
            totalFen: number;
            claimCount: number;
            bankReference: string | null;
            /** Format: uuid */
            createdBy: string;
            createdAt: string;
            /** Format: uuid */
            paidBy: string | null;
            paidAt: string | null;
            /** @description GET /settlement-batches/:id */
            claims?: components["schemas"]["RedemptionClaimView"][];
        };
        SettlementBatchPage: {
            items: components["schemas"]["SettlementBatchView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        MarkBatchPaidDto: {
            /**
             * @description The bank transfer reference
             * @example ICBC-20260415-000123
             */
            bankReference: string;
        };
        NotificationView: {
            /** Format: uuid */
            id: string;
            /** @example rate_order */
            kind: string;
            /** @example 请评价已完成的服务 */
            title: string;
            body: string;
            /** @example /orders/6f1c… */
            link: string | null;
            /**
             * Format: uuid
             * @description The object it is about
             */
            subjectId: string | null;
            createdAt: string;
            readAt: string | null;
            /**
             * Format: uuid
             * @description The user who read it first
             */
            readBy: string | null;
        };
        NotificationPage: {
            items: components["schemas"]["NotificationView"][];
            total: number;
            page: number;
            pageSize: number;
            /** @description How many of the organisation's notifications are unread (whatever the filter) */
            unread: number;
        };
        MarkAllReadView: {
            /** @description How many notifications were unread and are now read */
            updated: number;
        };
        PoolCategoryCount: {
            /** @example ip */
            category: string;
            /** @example 知识产权 */
            name: string;
            /** @description Approved providers serving the category (a provider counts in each of its categories) */
            approved: number;
        };
        PoolStats: {
            /**
             * @description The pool target ("over 100 providers")
             * @example 100
             */
            target: number;
            /** @description Pool members: providers in `approved` */
            members: number;
            /** @description max(0, target - members) */
            shortOfTarget: number;
            /** @description members / target in basis points, floored (10000 = target reached) */
            reachedBp: number;
            /**
             * @description Every status, zero when none: draft, submitted, approved, returned, rejected, suspended, removed
             * @example {
             *       "draft": 0,
             *       "submitted": 0,
             *       "approved": 0,
             *       "returned": 0,
             *       "rejected": 0,
             *       "suspended": 0,
             *       "removed": 0
             *     }
             */
            byStatus: {
                [key: string]: number;
            };
            /** @description Every catalog category, in catalog order */
            byCategory: components["schemas"]["PoolCategoryCount"][];
        };
        ListingStats: {
            total: number;
            /**
             * @description Every status, zero when none: draft, published, unpublished, taken_down
             * @example {
             *       "draft": 0,
             *       "published": 0,
             *       "unpublished": 0,
             *       "taken_down": 0
             *     }
             */
            byStatus: {
                [key: string]: number;
            };
        };
        OrderStats: {
            total: number;
            /**
             * @description Every status, zero when none: requested, quoted, confirmed, in_progress, delivered, completed, disputed, declined, cancelled, expired
             * @example {
             *       "requested": 0,
             *       "quoted": 0,
             *       "confirmed": 0,
             *       "in_progress": 0,
             *       "delivered": 0,
             *       "completed": 0,
             *       "disputed": 0,
             *       "declined": 0,
             *       "cancelled": 0,
             *       "expired": 0
             *     }
             */
            byStatus: {
                [key: string]: number;
            };
        };
        VoucherBurnDownMonthView: {
            /**
             * @description Calendar month in Asia/Shanghai
             * @example 2026-03
             */
            month: string;
            /** @description The month's consume rows of the ledger */
            consumedFen: number;
            /** @description The month's redeem rows of the ledger (claims approved) */
            redeemedFen: number;
            cumulativeConsumedFen: number;
            cumulativeRedeemedFen: number;
        };
        VoucherProgramStats: {
            /** Format: uuid */
            id: string;
            name: string;
            year: number;
            /** @enum {string} */
            status: "draft" | "open" | "closed";
            budgetFen: number;
            /** @description Face values issued less expired and revoked */
            committedFen: number;
            heldFen: number;
            consumedFen: number;
            /** @description Approved, batched or paid claims */
            redeemedFen: number;
            paidFen: number;
            /** @description budget - committed */
            remainingFen: number;
            /** @description Every month of the validity window (widened to any month with movement), oldest first */
            burnDown: components["schemas"]["VoucherBurnDownMonthView"][];
        };
        VoucherTotals: {
            budgetFen: number;
            committedFen: number;
            heldFen: number;
            consumedFen: number;
            redeemedFen: number;
            paidFen: number;
            remainingFen: number;
        };
        VoucherStats: {
            /** @description Every programme, newest year first */
            programs: components["schemas"]["VoucherProgramStats"][];
            /** @description Sums over every programme */
            totals: components["schemas"]["VoucherTotals"];
        };
        SatisfactionStats: {
            /**
             * @description Plain average of visible `overall` scores, 2 decimals; 0 when none
             * @example 4.5
             */
            average: number;
            /** @description Visible ratings (hidden ones excluded) */
            count: number;
        };
        AwardYearStats: {
            year: number;
            /**
             * @description The round’s status (figures final only when final)
             * @enum {string}
             */
            status: "computed" | "published" | "final";
            /** @description Providers ranked with an award above 0 */
            awardedProviders: number;
            /** @description Sum of the awards, integer fen */
            awardedFen: number;
        };
        AwardStats: {
            /** @description Every round with results (computed, published or final), newest year first */
            byYear: components["schemas"]["AwardYearStats"][];
        };
        DemandCategoryStats: {
            code: string;
            name: string;
            /** @description Demands published (open, matched, closed or expired) */
            posted: number;
            open: number;
            matched: number;
            /** @description Median hours from publishing to the first proposal, of the demands that got one */
            medianHoursToFirstProposal: number | null;
        };
        DemandStats: {
            posted: number;
            matched: number;
            /** @description Categories with demands posted */
            byCategory: components["schemas"]["DemandCategoryStats"][];
        };
        KindCountsView: {
            enterprise: number;
            provider: number;
        };
        EventStatisticsView: {
            registrations: components["schemas"]["KindCountsView"];
            meetings: number;
            /** @description Meetings recorded as held */
            meetingsHeld: number;
            /** @description Orders between the pair of a held meeting, created and confirmed (or later) within 90 days from its start */
            conversions: number;
            /** Format: uuid */
            eventId: string;
            title: string;
            /** Format: date-time */
            startsAt: string;
        };
        MatchmakingEventTotals: {
            events: number;
            meetings: number;
            meetingsHeld: number;
            /** @description Orders between held meetings' pairs within 90 days */
            conversions: number;
        };
        MatchmakingEventStats: {
            /** @description Every event, latest first */
            byEvent: components["schemas"]["EventStatisticsView"][];
            totals: components["schemas"]["MatchmakingEventTotals"];
        };
        StatsOverview: {
            /** Format: date-time */
            generatedAt: string;
            pool: components["schemas"]["PoolStats"];
            listings: components["schemas"]["ListingStats"];
            orders: components["schemas"]["OrderStats"];
            vouchers: components["schemas"]["VoucherStats"];
            satisfaction: components["schemas"]["SatisfactionStats"];
            awards: components["schemas"]["AwardStats"];
            /** @description Matchmaking demands (供需对接) */
            demands: components["schemas"]["DemandStats"];
            /** @description Matchmaking events (对接活动) and what they came to */
            events: components["schemas"]["MatchmakingEventStats"];
        };
        AwardWeightsDto: {
            /**
             * @description Weight of enterprises served (default 0.40)
             * @example 0.4
             */
            served?: number;
            /**
             * @description Weight of satisfaction (default 0.35)
             * @example 0.35
             */
            satisfaction?: number;
            /**
             * @description Weight of effectiveness (default 0.25); the three sum to 1
             * @example 0.25
             */
            effectiveness?: number;
        };
        AwardTierDto: {
            /** @example 1 */
            fromRank: number;
            /**
             * @description Inclusive
             * @example 3
             */
            toRank: number;
            /**
             * @description Each rank of the tier receives this, integer fen
             * @example 50000000
             */
            amountFen: number;
        };
        AwardConfigDto: {
            weights?: components["schemas"]["AwardWeightsDto"];
            /**
             * @description `C`, the prior weight (default 5)
             * @example 5
             */
            priorWeight?: Record<string, never>;
            /**
             * @description Enterprises served at least (default 3)
             * @example 3
             */
            minServed?: Record<string, never>;
            /**
             * @description Rating enterprises at least (default 3)
             * @example 3
             */
            minRatings?: Record<string, never>;
            /**
             * @description Orders below this agreed price do not count (default 100000)
             * @example 100000
             */
            minOrderFen?: Record<string, never>;
            /**
             * @description MM-DD: admitted on or before this day of the year
             * @example 06-30
             */
            admittedBy?: Record<string, never>;
            /**
             * @description Days of public notice (default 7)
             * @example 7
             */
            noticeDays?: Record<string, never>;
            /** @description Default: 1-3 500,000 CNY; 4-6 300,000; 7-10 100,000 */
            tiers?: components["schemas"]["AwardTierDto"][];
        };
        CreateAwardRoundDto: {
            /** @example 2025 */
            year: number;
            /**
             * @description Total award budget, integer fen
             * @example 150000000
             */
            budgetFen: number;
            config?: components["schemas"]["AwardConfigDto"];
        };
        AwardRoundView: {
            /** Format: uuid */
            id: string;
            year: number;
            /** @description Integer fen */
            budgetFen: number;
            /** @description The resolved configuration (every default filled in) */
            config: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "draft" | "computed" | "published" | "final";
            /** Format: date-time */
            computedAt: string | null;
            /**
             * Format: date-time
             * @description Put on public notice
             */
            publishedAt: string | null;
            /**
             * Format: date-time
             * @description Objections taken until then
             */
            noticeEndsAt: string | null;
            /** Format: date-time */
            finalizedAt: string | null;
            /**
             * @description The compute job; null: never queued
             * @enum {string|null}
             */
            jobStatus: "queued" | "running" | "done" | "failed" | null;
            /** @description 0..100 while the compute job runs */
            jobPercent: number | null;
            /** @description Why the last compute job failed */
            jobError: string | null;
            /** Format: date-time */
            jobUpdatedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description sha256 of the inputs */
            inputHash: string | null;
            result: {
                [key: string]: unknown;
            } | null;
            /** Format: uuid */
            createdBy: string | null;
        };
        AwardRoundSummaryView: {
            /** Format: uuid */
            id: string;
            year: number;
            /** @description Integer fen */
            budgetFen: number;
            /** @description The resolved configuration (every default filled in) */
            config: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "draft" | "computed" | "published" | "final";
            /** Format: date-time */
            computedAt: string | null;
            /**
             * Format: date-time
             * @description Put on public notice
             */
            publishedAt: string | null;
            /**
             * Format: date-time
             * @description Objections taken until then
             */
            noticeEndsAt: string | null;
            /** Format: date-time */
            finalizedAt: string | null;
            /**
             * @description The compute job; null: never queued
             * @enum {string|null}
             */
            jobStatus: "queued" | "running" | "done" | "failed" | null;
            /** @description 0..100 while the compute job runs */
            jobPercent: number | null;
            /** @description Why the last compute job failed */
            jobError: string | null;
            /** Format: date-time */
            jobUpdatedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AwardRoundPage: {
            items: components["schemas"]["AwardRoundSummaryView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        AwardFactsView: {
            /** @description `S`: distinct enterprises served */
            served: number;
            /** @description `n`: rating enterprises (one vote each) */
            ratingCount: number;
            /** @description `Q` */
            satisfaction: number;
            /** @description `E` */
            effectiveness: number;
        };
        AwardTripleView: {
            served: number;
            satisfaction: number;
            effectiveness: number;
        };
        RankedAwardView: {
            /** Format: uuid */
            providerId: string;
            providerName: string | null;
            rank: number;
            /** @description 0..100, unrounded */
            score: number;
            /** @description Integer fen */
            awardFen: number;
            facts: components["schemas"]["AwardFactsView"];
            /** @description Min-max normalised to 0..100 */
            normalized: components["schemas"]["AwardTripleView"];
            /** @description normalized x weights; they add up to score */
            parts: components["schemas"]["AwardTripleView"];
            /** @description Vote counts and sums behind satisfaction and effectiveness */
            tally: {
                [key: string]: unknown;
            };
            /**
             * @description When the score equals the next one’s: the rule that put this provider first
             * @enum {string}
             */
            tieBreak?: "HIGHER_SATISFACTION" | "MORE_SERVED" | "EARLIER_ADMISSION" | "PROVIDER_ID";
            /** @description Admitted to the pool (ISO instant) */
            admittedAt: string;
        };
        IneligibleAwardView: {
            /** Format: uuid */
            providerId: string;
            providerName: string | null;
            /** @description Every reason, in words (Chinese) */
            reasons: string[];
            /** @description The same reasons as stable codes, in the same order */
            reasonCodes: string[];
            /** @description `{ code, message, details? }` per reason */
            reasonDetails: {
                [key: string]: unknown;
            }[];
            facts: components["schemas"]["AwardFactsView"];
            tally: {
                [key: string]: unknown;
            };
            admittedAt: string | null;
        };
        AwardResultsView: {
            /** Format: uuid */
            roundId: string;
            year: number;
            /** @enum {string} */
            status: "draft" | "computed" | "published" | "final";
            budgetFen: number;
            /** @description Sum of the awards, integer fen */
            awardedFen: number;
            /** Format: date-time */
            computedAt: string | null;
            inputHash: string | null;
            eligibleCount: number;
            /** @description `m`: mean overall over every counted vote */
            m: number;
            /** @description `me`: mean effectiveness over every counted vote */
            me: number;
            /** @description `C`: the prior weight */
            C: number;
            /** @description The configuration the round was computed with */
            config: {
                [key: string]: unknown;
            };
            ranked: components["schemas"]["RankedAwardView"][];
            ineligible: components["schemas"]["IneligibleAwardView"][];
        };
        AwardObjectionView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            roundId: string;
            /** Format: uuid */
            providerId: string;
            reason: string;
            /** @enum {string} */
            status: "open" | "upheld" | "dismissed";
            /** @description The admin’s reason for the outcome */
            answer: string | null;
            /** Format: date-time */
            answeredAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        AnswerObjectionDto: {
            /** @example 资质证书已过期，请更新后重新提交 */
            reason?: string;
            /**
             * @description upheld: the round returns to computed; dismissed: it stays
             * @enum {string}
             */
            outcome: "upheld" | "dismissed";
        };
        PublicAwardEntryView: {
            rank: number;
            /** Format: uuid */
            providerId: string;
            providerName: string | null;
            /** @description 0..100 */
            score: number;
            /** @description Integer fen */
            awardFen: number;
            facts: components["schemas"]["AwardFactsView"];
        };
        PublicAwardsView: {
            /**
             * Format: uuid
             * @description The round (a provider reads its explanation and objects with it)
             */
            roundId: string;
            year: number;
            /** @enum {string} */
            status: "published" | "final";
            /** Format: date-time */
            publishedAt: string | null;
            /**
             * Format: date-time
             * @description Objections are taken until this instant
             */
            noticeEndsAt: string | null;
            /** Format: date-time */
            finalizedAt: string | null;
            /** @description Integer fen */
            budgetFen: number;
            /** @description Sum of the awards, integer fen */
            awardedFen: number;
            /** @description Eligible providers ranked */
            eligibleCount: number;
            /** @description Providers that took part but did not meet the conditions */
            ineligibleCount: number;
            /** @description Every eligible provider, by rank */
            ranked: components["schemas"]["PublicAwardEntryView"][];
        };
        CreateDemandDto: {
            /** @example 企业数字化转型诊断与MES选型咨询 */
            title: string;
            /** @example 年产值约2亿元的汽车零部件企业，计划明年上线MES，希望先做一次数字化诊断…… */
            description: string;
            /** @example digital */
            category: string;
            /** @example 330212 */
            regionCode: string;
            /**
             * @description Integer fen
             * @example 5000000
             */
            budgetMinFen?: number | null;
            /**
             * @description Integer fen
             * @example 15000000
             */
            budgetMaxFen?: number | null;
            /**
             * @description Last day proposals are taken (YYYY-MM-DD, Asia/Shanghai)
             * @example 2027-01-31
             */
            deadline: string;
            /**
             * @description The enterprise means to pay part with a service voucher
             * @default false
             */
            voucherIntended: boolean;
            /**
             * @description pool: approved providers of the category and the bureau; public: anyone
             * @enum {string}
             */
            visibility: "pool" | "public";
        };
        MyProposalView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "submitted" | "withdrawn" | "accepted" | "declined";
        };
        DemandView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            enterpriseId: string;
            /** @description Shown to signed-in viewers */
            enterpriseName: string | null;
            title: string;
            description: string;
            category: string;
            regionCode: string;
            budgetMinFen: number | null;
            budgetMaxFen: number | null;
            /** @example 2027-01-31 */
            deadline: string;
            /** @description The end of the deadline day (Asia/Shanghai) */
            expiresAt: string;
            voucherIntended: boolean;
            /** @enum {string} */
            visibility: "pool" | "public";
            /** @enum {string} */
            status: "draft" | "open" | "matched" | "closed" | "expired";
            /** @description Proposals standing or decided (withdrawn ones not counted) */
            proposalCount: number;
            publishedAt: string | null;
            firstProposalAt: string | null;
            /** @description Matched, closed or expired then */
            decidedAt: string | null;
            closeReason: string | null;
            /** Format: uuid */
            acceptedProposalId: string | null;
            /**
             * Format: uuid
             * @description Its owner, the chosen provider and the bureau
             */
            orderId: string | null;
            /** @description A provider's own proposal on it */
            myProposal?: components["schemas"]["MyProposalView"] | null;
            createdAt: string;
            updatedAt: string;
        };
        DemandPageView: {
            items: components["schemas"]["DemandView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        UpdateDemandDto: {
            /** @example 企业数字化转型诊断与MES选型咨询 */
            title?: string;
            /** @example 年产值约2亿元的汽车零部件企业，计划明年上线MES，希望先做一次数字化诊断…… */
            description?: string;
            /** @example digital */
            category?: string;
            /** @example 330212 */
            regionCode?: string;
            /**
             * @description Integer fen
             * @example 5000000
             */
            budgetMinFen?: number | null;
            /**
             * @description Integer fen
             * @example 15000000
             */
            budgetMaxFen?: number | null;
            /**
             * @description Last day proposals are taken (YYYY-MM-DD, Asia/Shanghai)
             * @example 2027-01-31
             */
            deadline?: string;
            /**
             * @description The enterprise means to pay part with a service voucher
             * @default false
             */
            voucherIntended: boolean;
            /**
             * @description pool: approved providers of the category and the bureau; public: anyone
             * @enum {string}
             */
            visibility?: "pool" | "public";
        };
        CloseDemandDto: {
            /** @description Why (shown to the providers who proposed) */
            reason?: string;
        };
        SuggestedProviderView: {
            rank: number;
            /** Format: uuid */
            providerId: string;
            providerName: string;
            /** @description The demand's words found in its published listings */
            matchedWords: string[];
            /** @description Its published listings in the category serving the region */
            listings: number;
            rating: number;
            ratingCount: number;
            /** @description Enterprises served */
            servedCount: number;
            /** @description Why it is suggested, in Chinese */
            reason: string;
        };
        SuggestedProvidersView: {
            items: components["schemas"]["SuggestedProviderView"][];
            /** @description When the top 10 were notified */
            notifiedAt: string | null;
        };
        ProposalDto: {
            /**
             * @description Integer fen, the price the order is quoted at
             * @example 12000000
             */
            priceFen: number;
            /** @example 45 */
            deliveryDays: number;
            /** @example 两周现场诊断，输出诊断报告与MES选型建议，含三家供应商比选。 */
            note: string;
            /**
             * Format: uuid
             * @description One of its published listings
             */
            listingId?: string | null;
        };
        ProposalView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            demandId: string;
            /** Format: uuid */
            providerId: string;
            providerName: string;
            /** @description Average rating, 0 when unrated */
            providerRating: number;
            providerRatingCount: number;
            /** @description Enterprises served */
            providerServedCount: number;
            priceFen: number;
            deliveryDays: number;
            note: string;
            /** Format: uuid */
            listingId: string | null;
            listingTitle: string | null;
            /** @enum {string} */
            status: "submitted" | "withdrawn" | "accepted" | "declined";
            decidedAt: string | null;
            createdAt: string;
            updatedAt: string;
        };
        ProposalListView: {
            items: components["schemas"]["ProposalView"][];
        };
        UpdateProposalDto: {
            /**
             * @description Integer fen, the price the order is quoted at
             * @example 12000000
             */
            priceFen?: number;
            /** @example 45 */
            deliveryDays?: number;
            /** @example 两周现场诊断，输出诊断报告与MES选型建议，含三家供应商比选。 */
            note?: string;
            /**
             * Format: uuid
             * @description One of its published listings
             */
            listingId?: string | null;
        };
        AcceptProposalDto: {
            /**
             * Format: uuid
             * @description A voucher of the enterprise: checked now, held when it confirms
             */
            voucherId?: string;
        };
        AcceptedProposalView: {
            /**
             * Format: uuid
             * @description The order, in quoted at the proposal price
             */
            orderId: string;
            proposal: components["schemas"]["ProposalView"];
        };
        CreateEventDto: {
            /** @example 2026 年宁波市专精特新企业知识产权服务对接会 */
            title: string;
            /** @example 面向专精特新中小企业的专利布局与知识产权服务一对一洽谈。 */
            description?: string;
            /**
             * Format: date-time
             * @description Start (inclusive)
             * @example 2026-12-15T09:00:00+08:00
             */
            startsAt: string;
            /**
             * Format: date-time
             * @description End (exclusive), after the start
             * @example 2026-12-15T09:00:00+08:00
             */
            endsAt: string;
            /** @example 宁波市鄞州区科技大厦 3 楼会议室 */
            place: string;
            /** @description Held online (place is then the meeting link or room) */
            online: boolean;
            /**
             * @description Service category codes
             * @example [
             *       "ip",
             *       "digital"
             *     ]
             */
            categories: string[];
            /**
             * @description Places for enterprises
             * @example 30
             */
            enterpriseCapacity: number;
            /**
             * @description Places for pool providers
             * @example 10
             */
            providerCapacity: number;
        };
        EventFiguresView: {
            registrations: components["schemas"]["KindCountsView"];
            meetings: number;
            /** @description Meetings recorded as held */
            meetingsHeld: number;
            /** @description Orders between the pair of a held meeting, created and confirmed (or later) within 90 days from its start */
            conversions: number;
        };
        RegistrationView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            orgId: string;
            /** @enum {string} */
            orgType: "enterprise" | "provider";
            /** @description The organisation's name (the bureau's view) */
            name?: string;
            /** Format: date-time */
            createdAt: string;
        };
        MeetingView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            /** @enum {string} */
            status: "scheduled" | "held" | "not_held";
            /** Format: uuid */
            enterpriseId: string;
            enterpriseName: string;
            /** Format: uuid */
            providerId: string;
            providerName: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            minutes: number;
            /** @description Null until the outcome is recorded */
            held: boolean | null;
            outcomeNote: string | null;
            /** Format: date-time */
            outcomeAt: string | null;
            /** @description Whether it has started by the server's clock (its outcome may then be recorded) */
            started: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        EventView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "upcoming" | "ongoing" | "ended";
            title: string;
            description: string | null;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            place: string;
            online: boolean;
            categories: string[];
            enterpriseCapacity: number;
            providerCapacity: number;
            /** @description Registered enterprises and providers */
            registered: components["schemas"]["KindCountsView"];
            /** @description Whether the caller's organisation is registered */
            registeredByMe: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The bureau only: what the event came to */
            figures?: components["schemas"]["EventFiguresView"];
            /** @description The bureau only */
            registrations?: components["schemas"]["RegistrationView"][];
            /** @description The bureau: every meeting; a registered participant: its own; others: none (left out) */
            meetings?: components["schemas"]["MeetingView"][];
        };
        EventSummaryView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "upcoming" | "ongoing" | "ended";
            title: string;
            description: string | null;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            place: string;
            online: boolean;
            categories: string[];
            enterpriseCapacity: number;
            providerCapacity: number;
            /** @description Registered enterprises and providers */
            registered: components["schemas"]["KindCountsView"];
            /** @description Whether the caller's organisation is registered */
            registeredByMe: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The bureau only: what the event came to */
            figures?: components["schemas"]["EventFiguresView"];
        };
        EventPageView: {
            items: components["schemas"]["EventSummaryView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ScheduleMeetingDto: {
            /** Format: uuid */
            enterpriseId: string;
            /** Format: uuid */
            providerId: string;
            /**
             * Format: date-time
             * @description Start, within the event's time
             * @example 2026-12-15T09:00:00+08:00
             */
            startsAt: string;
            /** @example 30 */
            minutes: number;
        };
        MeetingOutcomeDto: {
            held: boolean;
            /** @example 双方就专利布局达成初步合作意向，约定下周提交报价。 */
            note?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthView"];
                };
            };
            /** @description The database does not answer (DATABASE_UNAVAILABLE) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CatalogController_categories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Service categories (服务类别) with Chinese names */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryItem"][];
                };
            };
        };
    };
    CatalogController_regions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deployment's jurisdiction: the city and its districts and counties */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionList"];
                };
            };
        };
    };
    AuthController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            /** @description The user, its organisation (the user is its owner) and a token */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description EMAIL_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TOO_MANY_REGISTRATIONS: REGISTRATIONS_PER_HOUR from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description INVALID_CREDENTIALS or ACCOUNT_DEACTIVATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TOO_MANY_LOGIN_ATTEMPTS: from this address, 10 failed logins to one account or 100 to any in 15 minutes */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user, its organisation and roles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BureauUsersController_list: {
        parameters: {
            query?: {
                /** @description An organisation's id; absent: the bureau's users */
                orgId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bureau's users, or with orgId any organisation's */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"][];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BureauUsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBureauUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description EMAIL_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BureauUsersController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description The user can no longer log in; its tokens stop working at once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description CANNOT_DEACTIVATE_SELF */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BureauUsersController_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsccContestsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description USCCs registered by more than one organisation of a type, each with its organisations and users; the bureau decides by checking the business licence (pool admission, tier review) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsccContestView"][];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: reviewer, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                entityType?: "provider" | "enterprise" | "tier_claim" | "listing" | "order" | "voucher_program" | "voucher_application" | "voucher" | "redemption_claim" | "settlement_batch" | "rating" | "award_round" | "user" | "organisation" | "demand" | "proposal" | "matchmaking_event" | "meeting";
                entityId?: string;
                /** @description The user who acted */
                actorId?: string;
                /** @description The acting user's organisation */
                orgId?: string;
                /** @description Exact action name */
                action?: string;
                /** @description Events at or after this instant (inclusive) */
                from?: string;
                /** @description Events before this instant (exclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit events, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: bureau */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProvidersController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Own profile with status, lastDecision and admission checks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderProfileView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProvidersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProviderProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderProfileView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description UNDER_REVIEW: not editable while submitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProvidersController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderProfileView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE, or REAPPLY_TOO_SOON (30 days after a rejection, 12 months after a removal) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProvidersController_directory: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                category?: string;
                /** @description A region; a city includes its districts */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Approved providers (the pool), filtered by category and region */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderPage"];
                };
            };
        };
    };
    ProvidersController_profile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicProviderView"];
                };
            };
            /** @description No approved provider with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProvidersController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description submitted -> approved (admitted to the pool) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderProfileView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProvidersController_return: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description submitted -> returned for changes; reason required */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderProfileView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProvidersController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description submitted -> rejected (may submit again after 30 days); reason required */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderProfileView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProvidersController_suspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description approved -> suspended (listings leave search); reason required */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderProfileView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProvidersController_reinstate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description suspended -> approved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderProfileView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProvidersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description approved | suspended -> removed (may submit again after 12 months); reason required */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderProfileView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PoolApplicationsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "draft" | "submitted" | "approved" | "returned" | "rejected" | "suspended" | "removed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Applications in a status (default submitted), oldest first, with admission checks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPage"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OwnListingsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "draft" | "published" | "unpublished" | "taken_down";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Own listings in every state, last changed first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingPage"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListingsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateListingDto"];
            };
        };
        responses: {
            /** @description A draft listing */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingView"];
                };
            };
            /** @description No such listing, or not published by an approved provider (owner and bureau see all) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListingsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateListingDto"];
            };
        };
        responses: {
            /** @description A published listing is searchable with the change at once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such listing of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE: taken down */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListingsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description draft | unpublished -> published (searchable at once) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE, or PROVIDER_NOT_APPROVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListingsController_unpublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description published -> unpublished (leaves search at once) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListingsController_takeDown: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description published | unpublished -> taken_down, reason required */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SearchController_listings: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Words in Chinese or Latin letters, e.g. 专利申请, MES, ISO9001 */
                q?: string;
                category?: string;
                /** @description Listings serving this region, a region above it (a city serves its districts) or one within it */
                regionCode?: string;
                voucherEligible?: boolean;
                srdiSpecial?: boolean;
                /** @description The provider's average rating, at least */
                minRating?: number;
                /** @description Inclusive; quote-priced listings are left out */
                priceMinFen?: number;
                /** @description Inclusive; quote-priced listings are left out */
                priceMaxFen?: number;
                sort?: "relevance" | "rating" | "price_asc" | "price_desc" | "served";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published listings of approved providers: Chinese full-text, filters, facets, sorts, highlights */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResultView"];
                };
            };
        };
    };
    EnterprisesController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Own profile, the tier valid today and every tier claim */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EnterprisesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEnterpriseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EnterprisesController_claim: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TierClaimDto"];
            };
        };
        responses: {
            /** @description A pending claim for a reviewer to verify */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierClaimView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description DUPLICATE_TIER_CLAIM */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TierClaimsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "pending" | "verified" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Claims by status (default pending), oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierClaimReviewPage"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TierClaimsController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TierDecisionDto"];
            };
        };
        responses: {
            /** @description pending -> verified, valid until 31 Dec of year + 3 by default */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierClaimView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE: already decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TierClaimsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TierDecisionDto"];
            };
        };
        responses: {
            /** @description pending -> rejected, reason required */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierClaimView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE: already decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrdersController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "requested" | "quoted" | "confirmed" | "in_progress" | "delivered" | "completed" | "disputed" | "declined" | "cancelled" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Own orders (the bureau sees all), newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderPage"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrdersController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters; repeating the same request with it returns the first answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrderDto"];
            };
        };
        responses: {
            /** @description A request to the provider (requested) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description LISTING_NOT_AVAILABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key came with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrdersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With its history (events), voucher part, co-pay and payment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such order of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrdersController_quote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuoteDto"];
            };
        };
        responses: {
            /** @description requested | quoted -> quoted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE when the order is not in a state that allows it; QUOTE_NOT_ALLOWED for fixed prices */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrdersController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description requested -> confirmed at the listed price */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE when the order is not in a state that allows it; QUOTE_REQUIRED for quote-priced listings */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrdersController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description requested | quoted -> declined, reason required */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE when the order is not in a state that allows it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrdersController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmDto"];
            };
        };
        responses: {
            /** @description quoted -> confirmed: the quote it names becomes the agreed price */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE when the order is not in a state that allows it; QUOTE_CHANGED when the quote is no longer the price named */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrdersController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description requested | quoted | confirmed -> cancelled; a paid co-pay is refunded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise, provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE when the order is not in a state that allows it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrdersController_pay: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters; repeating the same request with it returns the first answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A Stripe PaymentIntent for the outstanding co-pay (CNY) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardPaymentView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE when the order is not in a state that allows it; ALREADY_PAID; NOTHING_TO_PAY; ORDER_ENDED; CARD_PAYMENTS_UNAVAILABLE without Stripe */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key came with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrdersController_payOffline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfflinePaymentDto"];
            };
        };
        responses: {
            /** @description The provider confirms the co-pay arrived by bank transfer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE when the order is not in a state that allows it; ALREADY_PAID; PAYMENT_IN_PROGRESS while a card payment started under 30 minutes ago is open (an older one is cancelled); NOTHING_TO_PAY */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrdersController_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description confirmed -> in_progress, once the co-pay is paid or zero */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE when the order is not in a state that allows it; COPAY_NOT_PAID */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrdersController_deliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliverDto"];
            };
        };
        responses: {
            /** @description in_progress -> delivered, with a summary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE when the order is not in a state that allows it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrdersController_acceptDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description delivered -> completed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE when the order is not in a state that allows it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrdersController_dispute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description in_progress | delivered -> disputed, reason required */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE when the order is not in a state that allows it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrdersController_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveDto"];
            };
        };
        responses: {
            /** @description disputed -> completed | cancelled (refunded), reason required */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE when the order is not in a state that allows it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrdersController_thread: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread between the two parties, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderMessagePage"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise, provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrdersController_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderMessageView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise, provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StripeWebhookController_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed Stripe events (payment_intent.succeeded, payment_failed, canceled; charge.refunded) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description WEBHOOK_SIGNATURE_INVALID: missing, stale or tampered signature; WEBHOOK_EVENT_INVALID: signed, but not an event we can read */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VoucherProgramsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "draft" | "open" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open programmes; the bureau sees all with figures */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherProgramPage"];
                };
            };
        };
    };
    VoucherProgramsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVoucherProgramDto"];
            };
        };
        responses: {
            /** @description A draft programme */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherProgramView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VoucherProgramsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bureau sees budget, committed, held, consumed, redeemed, paid */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherProgramView"];
                };
            };
            /** @description No such programme (drafts are the bureau’s) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VoucherProgramsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVoucherProgramDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherProgramView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE: only a draft is edited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VoucherProgramsController_open: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description draft -> open */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherProgramView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VoucherProgramsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description open -> closed: no new applications or issues */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherProgramView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VoucherProgramsController_apply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoucherApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherApplicationView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VOUCHER_NOT_OPEN; VOUCHER_TIER_NOT_ELIGIBLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VoucherProgramsController_bulkIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkIssueDto"];
            };
        };
        responses: {
            /** @description One voucher to each enterprise with a valid tier among `tiers` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkIssueView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VoucherProgramsController_ledgerCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every balance recomputed from the ledger and compared */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerCheckView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: bureau */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VoucherApplicationsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "submitted" | "approved" | "rejected";
                programId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reviewers see all; an enterprise its own */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherApplicationPage"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise, reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VoucherApplicationsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveApplicationDto"];
            };
        };
        responses: {
            /** @description Issues the voucher (the amount may be lowered) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherApplicationView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VOUCHER_BUDGET_EXCEEDED; VOUCHER_ENTERPRISE_CAP_EXCEEDED; VOUCHER_FACE_VALUE_EXCEEDED; … */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VoucherApplicationsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherApplicationView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VouchersController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                programId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Own vouchers with their buckets (the bureau: all) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherPage"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise, bureau */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VouchersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With its history: every movement of its money */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise, bureau */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VouchersController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description Available money back to the budget; holds on orders stay */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrderRatingController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its enterprise sees whether and why it was hidden */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise, provider, bureau */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not rated, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrderRatingController_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingDto"];
            };
        };
        responses: {
            /** @description Once per completed order, within 30 days of completion */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ORDER_NOT_COMPLETED; RATING_WINDOW_CLOSED; RATING_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrderRatingController_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRatingDto"];
            };
        };
        responses: {
            /** @description Within 7 days of rating */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RATING_EDIT_WINDOW_CLOSED; RATING_HIDDEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RatingsController_reply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ALREADY_REPLIED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RatingsController_hide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description Kept and audited; excluded from every figure, awards included */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProviderRatingsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Visible ratings newest first, with replies; average, count, distribution, dimensions, outcome totals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderRatingsView"];
                };
            };
        };
    };
    RedemptionClaimsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "submitted" | "approved" | "rejected" | "batched" | "paid";
                programId?: string;
                orderId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A provider its own claims (what was paid, without risk flags); the bureau all, with risk flags */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionClaimPage"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider, bureau */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RedemptionClaimsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters; repeating the same request with it returns the first answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitClaimDto"];
            };
        };
        responses: {
            /** @description 兑付 claim for the voucher part of a completed order */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionClaimView"];
                };
            };
            /** @description INVOICE_AMOUNT_BELOW_PRICE; VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such order of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description DUPLICATE_INVOICE; CLAIM_EXISTS; CLAIM_FORFEITED; CLAIM_ORDER_NOT_COMPLETED; CLAIM_NO_VOUCHER_PART */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key came with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RedemptionClaimsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionClaimView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider, bureau */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such claim of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RedemptionClaimsController_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters; repeating the same request with it returns the first answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description submitted -> approved: the amount is redeemed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionClaimView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key came with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RedemptionClaimsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectClaimDto"];
            };
        };
        responses: {
            /** @description submitted -> rejected: final forfeits the amount; correctable allows one new claim */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionClaimView"];
                };
            };
            /** @description REASON_REQUIRED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SettlementBatchesController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "created" | "paid";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Batches, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementBatchPage"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SettlementBatchesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters; repeating the same request with it returns the first answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSettlementBatchDto"];
            };
        };
        responses: {
            /** @description A batch of approved claims (each in one batch only) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementBatchView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description CLAIMS_NOT_APPROVED, with the claims refused */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key came with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SettlementBatchesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With its claims */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementBatchView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such batch */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SettlementBatchesController_markPaid: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters; repeating the same request with it returns the first answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkBatchPaidDto"];
            };
        };
        responses: {
            /** @description created -> paid (final), with the bank reference */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementBatchView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE: already paid */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key came with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SettlementBatchesController_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The treasury list (.xlsx): one row per claim, amounts in yuan, a totals row; headers in Chinese */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: finance */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such batch */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description true: only the unread ones */
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your organisation's notifications, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NotificationsController_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Marks all of your organisation's unread notifications read */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkAllReadView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NotificationsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Read already: unchanged (the first reader is kept) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such notification of your organisation's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatsController_overview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pool against its target of 100 by status and category, listings and orders by status, voucher programmes with budget figures and a monthly burn-down (Asia/Shanghai), satisfaction; `awards.byYear` is always empty until award rounds are stored (no awards tables exist yet) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsOverview"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: bureau */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AwardRoundsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rounds, newest year first (without results) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardRoundPage"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: bureau */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AwardRoundsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAwardRoundDto"];
            };
        };
        responses: {
            /** @description A draft round, its configuration resolved */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardRoundView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AWARD_ROUND_EXISTS: one round per year */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AWARD_YEAR_INVALID; AWARD_WEIGHTS_INVALID; AWARD_TIERS_INVALID; AWARD_ABOVE_CAP; AWARD_BUDGET_EXCEEDED; AWARD_ADMITTED_BY_INVALID; AWARD_CONFIG_INVALID (details: every problem) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AwardRoundsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Status, configuration, budget and the stored result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardRoundView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: bureau */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such round */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AwardRoundsController_compute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued for the worker: jobStatus queued, then running (jobPercent), done or failed (jobError) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardRoundView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such round */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE: a published or final round is not recomputed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AwardRoundsController_results: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ranked, and ineligible with every reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardResultsView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: bureau */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such round */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AWARD_ROUND_NOT_COMPUTED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AwardRoundsController_explanation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A provider’s result explained (figures, sentences in Chinese, inputs); a provider sees its own only */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: bureau, provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such round, or the provider is not in it (or is another provider) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AWARD_ROUND_NOT_COMPUTED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AwardRoundsController_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The results (.xlsx): ranked with every figure and award (yuan), ineligible with reasons; headers in Chinese */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: bureau */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such round */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AWARD_ROUND_NOT_COMPUTED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AwardRoundsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description computed -> published: public notice for noticeDays (noticeEndsAt); every provider of the round is notified */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardRoundView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such round */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE (not computed); AWARD_COMPUTE_PENDING (a compute job is queued or running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AwardRoundsController_finalize: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description published -> final (never changes again); providers notified */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardRoundView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such round */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE (not published); AWARD_NOTICE_NOT_ENDED; AWARD_OBJECTIONS_OPEN (some objection unanswered) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AwardRoundsController_objections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bureau sees all; a provider its own */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardObjectionView"][];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: bureau, provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such round */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AwardRoundsController_lodgeObjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description An objection, open until an admin answers it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardObjectionView"];
                };
            };
            /** @description REASON_REQUIRED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such round */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AWARD_NOTICE_CLOSED (not on public notice); OBJECTION_EXISTS (your earlier one is unanswered) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AwardRoundsController_resolveObjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                objectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerObjectionDto"];
            };
        };
        responses: {
            /** @description upheld: a published round returns to computed (compute again, publish again); dismissed: it stays */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardObjectionView"];
                };
            };
            /** @description REASON_REQUIRED; VALIDATION (outcome) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such round or objection */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description OBJECTION_ANSWERED; INVALID_STATE (the round is final) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicAwardsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published or final list of the year */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicAwardsView"];
                };
            };
            /** @description AWARDS_NOT_PUBLISHED: no published or final round for that year */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProviderStandingController_get: {
        parameters: {
            query?: {
                /** @description Default: the current year (Asia/Shanghai) */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Live facts of the year (read at most 30 s earlier: asOf), score parts against the current eligible field, provisional rank and award, what is lacking (gaps: "served 2 of 3"), sentences in Chinese */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AWARD_YEAR_INVALID (a future year) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DemandsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                category?: string;
                /** @description The region and its districts */
                regionCode?: string;
                /** @description Words, segmented as listing search */
                q?: string;
                status?: "draft" | "open" | "matched" | "closed" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pool providers: demands of their categories and public ones; the bureau: all; an enterprise: its own; anyone else: public ones */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandPageView"];
                };
            };
        };
    };
    DemandsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDemandDto"];
            };
        };
        responses: {
            /** @description A draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DemandsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandView"];
                };
            };
            /** @description Absent, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DemandsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDemandDto"];
            };
        };
        responses: {
            /** @description Its owner, while draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DemandsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open to providers; the top 10 suggested providers are notified */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE; DEADLINE_PASSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DemandsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseDemandDto"];
            };
        };
        responses: {
            /** @description Standing proposals are declined with the reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_STATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DemandsController_suggested: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Top 10, with why */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestedProvidersView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Not the owner
             *
             *     Only for: enterprise, bureau
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DemandsController_proposalsOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The owner and the bureau: all; a provider: its own */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalListView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise, provider, bureau */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DemandsController_propose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description CATEGORY_NOT_SERVED
             *
             *     Only for: provider
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PROPOSAL_EXISTS; DEMAND_NOT_OPEN; PROVIDER_NOT_APPROVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProposalsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProposalDto"];
            };
        };
        responses: {
            /** @description While it stands and its demand is open */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PROPOSAL_NOT_OPEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProposalsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PROPOSAL_NOT_OPEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProposalsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptProposalDto"];
            };
        };
        responses: {
            /** @description An order in quoted at the proposal price */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedProposalView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description DEMAND_NOT_OPEN; PROPOSAL_NOT_OPEN; PROVIDER_NOT_APPROVED; voucher codes */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MatchmakingEventsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description upcoming: not ended, soonest first; past: ended, latest first; neither: upcoming ones, then past ones */
                when?: "upcoming" | "past";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Upcoming first (soonest first), then past ones (latest first) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPageView"];
                };
            };
        };
    };
    MatchmakingEventsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEventDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MatchmakingEventsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With registration counts; the bureau also gets the registrations, every meeting and the figures, a registered participant its own meetings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventView"];
                };
            };
            /** @description No such event */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MatchmakingEventsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An enterprise, or a provider approved in the pool */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: enterprise, provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description EVENT_FULL; ALREADY_REGISTERED; EVENT_ENDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MatchmakingEventsController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleMeetingDto"];
            };
        };
        responses: {
            /** @description Both parties are notified */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description NOT_REGISTERED; MEETING_CONFLICT (details.party: enterprise or provider) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description SLOT_OUTSIDE_EVENT: the meeting must lie within the event's time */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MeetingsController_outcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingOutcomeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingView"];
                };
            };
            /** @description Not logged in (UNAUTHENTICATED, INVALID_TOKEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description MEETING_NOT_STARTED; OUTCOME_RECORDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
