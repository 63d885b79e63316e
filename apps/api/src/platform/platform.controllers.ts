import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CatalogService } from '@app/catalog';
import { Public } from '@app/identity';
import { DomainError } from '@app/shared';

class HealthView {
  @ApiProperty({ example: 'ok' }) status: 'ok';
  @ApiProperty({ example: 'up' }) database: 'up';
}

class CategoryItem {
  @ApiProperty({ example: 'ip' }) code: string;
  @ApiProperty({ example: '知识产权' }) name: string;
}

class RegionItem {
  @ApiProperty({ example: '330212' }) code: string;
  @ApiProperty({ example: '鄞州区' }) name: string;
  @ApiProperty({ example: '330200', nullable: true, type: String }) parent: string | null;
}

class RegionList {
  @ApiProperty({ example: '330200', description: 'The jurisdiction (辖区) itself' }) root: string;
  @ApiProperty({ type: [RegionItem] }) items: RegionItem[];
}

@ApiTags('platform')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  @HttpCode(200)
  @ApiOkResponse({ type: HealthView })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer (DATABASE_UNAVAILABLE)' })
  async health(): Promise<HealthView> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new DomainError(503, 'DATABASE_UNAVAILABLE', 'The database does not answer');
    }
    return { status: 'ok', database: 'up' };
  }
}

@ApiTags('platform')
@Public()
@Controller()
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get('categories')
  @ApiOkResponse({ type: [CategoryItem], description: 'Service categories (服务类别) with Chinese names' })
  categories(): Promise<CategoryItem[]> {
    return this.catalog.listCategories();
  }

  @Get('regions')
  @ApiOkResponse({
    type: RegionList,
    description: "The deployment's jurisdiction: the city and its districts and counties",
  })
  regions(): RegionList {
    const { root, items } = this.catalog.listRegions();
    return { root, items: [...items] };
  }
}
