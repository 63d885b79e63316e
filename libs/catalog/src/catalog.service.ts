import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Jurisdiction, type Region } from './jurisdiction.js';
import { ServiceCategory } from './service-category.entity.js';

export interface CategoryView {
  code: string;
  name: string;
}

/** Reference data every context validates against: service categories and the jurisdiction's regions. */
@Injectable()
export class CatalogService {
  private codes?: Promise<Set<string>>;

  constructor(
    @InjectRepository(ServiceCategory) private readonly categories: Repository<ServiceCategory>,
    readonly jurisdiction: Jurisdiction,
  ) {}

  async listCategories(): Promise<CategoryView[]> {
    const rows = await this.categories.find({ order: { sortOrder: 'ASC', code: 'ASC' } });
    return rows.map((c) => ({ code: c.code, name: c.nameZh }));
  }

  /** The codes among `codes` that are not categories. */
  async unknownCategories(codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    // Categories change only by migration (before the process starts): read them once, not on
    // every search that filters by one.
    this.codes ??= this.categories
      .find({ select: { code: true } })
      .then((rows) => new Set(rows.map((c) => c.code)))
      .catch((error: unknown) => {
        this.codes = undefined;
        throw error;
      });
    const known = await this.codes;
    return codes.filter((c) => !known.has(c));
  }

  listRegions(): { root: string; items: readonly Region[] } {
    return { root: this.jurisdiction.root, items: this.jurisdiction.regions };
  }

  isRegion(code: string): boolean {
    return this.jurisdiction.has(code);
  }
}
