import { ConflictError } from '@app/shared';
import type { EditRefusal, RateRefusal } from './ratings.rules.js';

const MESSAGES: Record<
  RateRefusal | EditRefusal | 'RATING_EXISTS' | 'ALREADY_REPLIED' | 'RATING_ALREADY_HIDDEN',
  string
> = {
  ORDER_NOT_COMPLETED: 'Only a completed order is rated',
  RATING_WINDOW_CLOSED: 'An order is rated within 30 days of its completion',
  RATING_EDIT_WINDOW_CLOSED: 'A rating is edited within 7 days of giving it',
  RATING_HIDDEN: 'The bureau hid this rating; it is no longer edited',
  RATING_EXISTS: 'This order is already rated; edit the rating instead',
  ALREADY_REPLIED: 'The provider replies to a rating once',
  RATING_ALREADY_HIDDEN: 'The rating is already hidden',
};

export class RatingRefusedError extends ConflictError {
  constructor(code: keyof typeof MESSAGES) {
    super(code, MESSAGES[code]);
  }
}
