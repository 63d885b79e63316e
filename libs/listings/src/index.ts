export * from './listings.module.js';
export { ListingsService } from './listings.service.js';
export { CreateListingDto, UpdateListingDto, OwnListingsQuery, MAX_PRICE_FEN } from './dto/listing.dto.js';
export { ListingView, ListingPage, ListingDecisionView } from './listing.views.js';
export * from './listings.errors.js';
export { LISTING_STATUSES, type ListingStatus, PRICE_MODELS, type PriceModel } from './listings.rules.js';
