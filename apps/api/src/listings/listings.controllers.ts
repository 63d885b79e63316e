import { createHash } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentActor, OptionalActor, Public } from '@app/identity';
import {
  CreateListingDto,
  ListingPage,
  ListingsService,
  ListingView,
  OwnListingsQuery,
  UpdateListingDto,
} from '@app/listings';
import { SearchListingsQuery, SearchResultView, SearchService } from '@app/search';
import { type Actor, ReasonDto } from '@app/shared';
import { UuidParam } from '../http/uuid-param.js';

@ApiTags('listings')
@Controller('listings')
export class ListingsController {
  constructor(private readonly listings: ListingsService) {}

  @Post()
  @Auth('provider')
  @ApiCreatedResponse({ type: ListingView, description: 'A draft listing' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateListingDto): Promise<ListingView> {
    return this.listings.create(actor, dto);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: ListingView })
  @ApiNotFoundResponse({
    description: 'No such listing, or not published by an approved provider (owner and bureau see all)',
  })
  get(@OptionalActor() actor: Actor | null, @UuidParam('id') id: string): Promise<ListingView> {
    return this.listings.get(actor, id);
  }

  @Patch(':id')
  @Auth('provider')
  @ApiOkResponse({ type: ListingView, description: 'A published listing is searchable with the change at once' })
  @ApiNotFoundResponse({ description: 'No such listing of yours' })
  @ApiConflictResponse({ description: 'INVALID_STATE: taken down' })
  update(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: UpdateListingDto,
  ): Promise<ListingView> {
    return this.listings.update(actor, id, dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Auth('provider')
  @ApiOkResponse({ type: ListingView, description: 'draft | unpublished -> published (searchable at once)' })
  @ApiConflictResponse({ description: 'INVALID_STATE, or PROVIDER_NOT_APPROVED' })
  publish(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<ListingView> {
    return this.listings.publish(actor, id);
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  @Auth('provider')
  @ApiOkResponse({ type: ListingView, description: 'published -> unpublished (leaves search at once)' })
  @ApiConflictResponse({ description: 'INVALID_STATE' })
  unpublish(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<ListingView> {
    return this.listings.unpublish(actor, id);
  }

  @Post(':id/take-down')
  @HttpCode(200)
  @Auth('reviewer')
  @ApiOkResponse({ type: ListingView, description: 'published | unpublished -> taken_down, reason required' })
  @ApiConflictResponse({ description: 'INVALID_STATE' })
  takeDown(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ReasonDto): Promise<ListingView> {
    return this.listings.takeDown(actor, id, dto.reason ?? null);
  }
}

@ApiTags('listings')
@Controller('providers/me/listings')
export class OwnListingsController {
  constructor(private readonly listings: ListingsService) {}

  @Get()
  @Auth('provider')
  @ApiOkResponse({ type: ListingPage, description: 'Own listings in every state, last changed first' })
  list(@CurrentActor() actor: Actor, @Query() query: OwnListingsQuery): Promise<ListingPage> {
    return this.listings.listOwn(actor, query);
  }
}

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get('listings')
  @Public()
  @ApiOkResponse({
    type: SearchResultView,
    description: 'Published listings of approved providers: Chinese full-text, filters, facets, sorts, highlights',
  })
  async listings(
    @Query() query: SearchListingsQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SearchResultView> {
    const result = await this.search.search(query);
    // The same for every caller and searchable changes show within 1 s: a browser or a proxy may
    // reuse it for 1 s, then revalidate with the ETag (the answer without its timing; Express
    // answers 304 when it matches).
    const { tookMs: _took, ...answer } = result;
    const tag = createHash('sha1').update(JSON.stringify(answer)).digest('base64url');
    res.setHeader('Cache-Control', 'public, max-age=1');
    res.setHeader('ETag', `W/"${tag}"`);
    return result;
  }
}
