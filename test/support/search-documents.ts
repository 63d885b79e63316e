import type { DataSource } from 'typeorm';
import type { ListingDocument } from '@app/search';

/** Every row of `search_document` as the engines index it, by listing id (to compare an index with it). */
export function searchDocuments(dataSource: DataSource): Promise<ListingDocument[]> {
  return dataSource.query(
    `SELECT listing_id AS id, provider_id AS "providerId", provider_name AS "providerName", title, description,
            category, tags, price_model AS "priceModel", price_fen::int AS "priceFen", unit,
            delivery_days AS "deliveryDays", region_codes AS "regionCodes", srdi_special AS "srdiSpecial",
            voucher_eligible AS "voucherEligible", rating, rating_count AS "ratingCount",
            served_count AS "servedCount", published_at AS "publishedAt"
     FROM search_document ORDER BY listing_id`,
  );
}
