/**
 * The USCC check (GB 32100-2015), free of any import so the web console checks a code as it is typed
 * with the same function the API validates with.
 */
// 统一社会信用代码 (GB 32100-2015): 18 characters; the last is a check character.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return CHARSET[(31 - (sum % 31)) % 31];
}

export function isValidUscc(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 18) return false;
  const check = usccCheckChar(value.slice(0, 17));
  return check !== null && check === value[17];
}

/** Completes 17 characters with their check character (demo data and tests). */
export function withUsccCheckChar(first17: string): string {
  const check = usccCheckChar(first17);
  if (check === null) throw new Error(`${first17} is not 17 USCC characters`);
  return first17 + check;
}
