import { readFileSync } from 'node:fs';

export interface Region {
  code: string;
  name: string;
  parent: string | null;
}

/**
 * The deployment's jurisdiction (辖区): a city and its districts and counties, read from a JSON
 * file (`REGIONS_FILE`, default Ningbo 330200), so another city needs no code change.
 */
export class Jurisdiction {
  private readonly byCode: Map<string, Region>;

  constructor(
    readonly root: string,
    readonly regions: readonly Region[],
  ) {
    this.byCode = new Map(regions.map((r) => [r.code, r]));
  }

  static fromFile(file: string): Jurisdiction {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`Regions file ${file} is not readable JSON: ${(error as Error).message}`, { cause: error });
    }
    return Jurisdiction.fromData(data, file);
  }

  static fromData(data: unknown, source = 'regions data'): Jurisdiction {
    const { root, regions } = (data ?? {}) as { root?: unknown; regions?: unknown };
    if (typeof root !== 'string' || !Array.isArray(regions)) {
      throw new Error(`${source} must be { "root": "<code>", "regions": [{ code, name, parent }] }`);
    }
    const seen = new Set<string>();
    for (const r of regions as Region[]) {
      if (!/^\d{6}$/.test(r?.code) || typeof r.name !== 'string' || r.name.length === 0) {
        throw new Error(`${source}: every region needs a 6-digit code and a name (${JSON.stringify(r)})`);
      }
      if (seen.has(r.code)) throw new Error(`${source}: region ${r.code} is listed twice`);
      seen.add(r.code);
    }
    for (const r of regions as Region[]) {
      const isRoot = r.code === root;
      if (isRoot ? r.parent !== null : !seen.has(r.parent ?? '')) {
        throw new Error(`${source}: region ${r.code} has parent ${r.parent}, which is not in the list`);
      }
    }
    if (!seen.has(root)) throw new Error(`${source}: the root region ${root} is not in the list`);
    return new Jurisdiction(root, regions as Region[]);
  }

  get rootName(): string {
    return this.byCode.get(this.root)!.name;
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** The region and every region below it (330200 -> the city and all its districts). */
  withDescendants(code: string): string[] {
    if (!this.byCode.has(code)) return [];
    const result = [code];
    for (let i = 0; i < result.length; i++) {
      for (const r of this.regions) if (r.parent === result[i]) result.push(r.code);
    }
    return result;
  }

  /** The region and every region above it, nearest first (330206 -> [330206, 330200]). */
  ancestry(code: string): string[] {
    const chain: string[] = [];
    for (let r = this.byCode.get(code); r; r = r.parent ? this.byCode.get(r.parent) : undefined) {
      chain.push(r.code);
    }
    return chain;
  }
}
