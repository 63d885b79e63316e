import { Param, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { NotFoundError } from '@app/shared';

class UuidOr404 implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUUID(value)) throw new NotFoundError('Resource');
    return value;
  }
}

/** A UUID path parameter; anything else is a 404 (no such resource), never a database error. */
export const UuidParam = (name: string): ParameterDecorator => Param(name, new UuidOr404());
