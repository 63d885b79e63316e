import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageViewOf } from '@app/shared';

export class SearchHighlightView {
  @ApiProperty({ description: 'The title, HTML-escaped, matched words in <em>' })
  title: string;

  @ApiProperty({ description: 'About 120 characters of the description around the first match, HTML-escaped' })
  description: string;
}

export class SearchItemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() category: string;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ enum: ['fixed', 'from', 'quote'] }) priceModel: string;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Null when priced on quote' })
  priceFen: number | null;
  @ApiProperty() unit: string;
  @ApiProperty() deliveryDays: number;
  @ApiProperty({ type: [String] }) regionCodes: string[];
  @ApiProperty() srdiSpecial: boolean;
  @ApiProperty() voucherEligible: boolean;
  @ApiProperty({ format: 'uuid' }) providerId: string;
  @ApiProperty() providerName: string;
  @ApiProperty({ description: "The provider's average rating, 0 when unrated" }) rating: number;
  @ApiProperty() ratingCount: number;
  @ApiProperty({ description: 'Enterprises the provider has served' }) servedCount: number;
  @ApiProperty({ type: SearchHighlightView }) highlight: SearchHighlightView;
}

export class SearchFacetsView {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { digital: 12 } })
  category: Record<string, number>;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { '330200': 30 } })
  regionCode: Record<string, number>;
}

export class SearchResultView extends PageViewOf(SearchItemView) {
  @ApiProperty({
    description:
      'True when total and the facet counts are estimates: above 1,000 hits the PostgreSQL engine counts a sample and estimates the rest',
  })
  totalEstimated: boolean;

  @ApiProperty({ type: SearchFacetsView }) facets: SearchFacetsView;
  @ApiProperty({ description: 'Time spent answering, in milliseconds' }) tookMs: number;
  @ApiProperty({ enum: ['postgres', 'meilisearch'] }) engine: string;
}
