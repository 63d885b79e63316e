import { describe, expect, it } from '@jest/globals';
import { committedApiTypes, generateApiTypes } from '../../scripts/openapi-types.js';

describe("the console's typed API client", () => {
  it('is generated from the current OpenAPI document (else run `npm run web:api-types`)', async () => {
    const current = await generateApiTypes();
    expect(current.length).toBeGreaterThan(10_000);
    expect(committedApiTypes() === current).toBe(true);
  }, 60_000);
});
