import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isValidUscc } from './uscc-check.js';

export { isValidUscc, usccCheckChar, withUsccCheckChar } from './uscc-check.js';

export function IsUscc(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isUscc',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: '$property must be a valid 18-character unified social credit code (统一社会信用代码)',
        ...options,
      },
      validator: { validate: (value: unknown) => isValidUscc(value) },
    });
}
