import { InputNumber, type InputNumberProps } from 'antd';
import { fenOf } from '../../../format';

/** The largest amount the API takes (100,000,000,000 fen), in yuan. */
export const MAX_YUAN = 1_000_000_000;

/** An amount typed in yuan (2 decimals); the form's value is the yuan number, sent as fen with `toFen`. */
export function YuanInput(props: InputNumberProps<number>) {
  return <InputNumber<number> min={0} max={MAX_YUAN} precision={2} prefix="¥" style={{ width: '100%' }} {...props} />;
}

/** A yuan number from an InputNumber as integer fen (exact: through the decimal text, not float maths). */
export const toFen = (yuanValue: number | null | undefined): number =>
  yuanValue === null || yuanValue === undefined ? 0 : (fenOf(yuanValue.toFixed(2)) ?? 0);

/** Basis points (5000) as a percentage text ("50%", "12.5%"). */
export const percentOfBp = (bp: number): string => `${+(bp / 100).toFixed(2)}%`;
