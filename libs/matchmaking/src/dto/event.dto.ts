import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  registerDecorator,
} from 'class-validator';
import { isCalendarDate, PageQuery, Trim } from '@app/shared';

// A date-time with its zone: a bare date or a local time would depend on the server's time zone.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** True for an ISO 8601 date-time with a zone that exists (no 2026-02-31T25:00), in the years 2000-2100. */
export function isInstant(value: unknown): value is string {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!match) return false;
  const [, date, hour, minute, second = '0', zoneHours = '0', zoneMinutes = '0'] = match;
  const year = Number(date.slice(0, 4));
  return (
    isCalendarDate(date) &&
    year >= 2000 &&
    year <= 2100 &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60 &&
    Number(zoneHours) <= 14 &&
    Number(zoneMinutes) < 60
  );
}

/** An instant: an ISO 8601 date-time with a zone, e.g. 2026-12-15T09:00:00+08:00. */
const Instant = (description: string) =>
  applyDecorators(
    ApiProperty({ format: 'date-time', example: '2026-12-15T09:00:00+08:00', description }),
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'isInstant',
        target: target.constructor,
        propertyName: propertyName as string,
        options: { message: '$property must be an ISO 8601 date-time with a zone, e.g. 2026-12-15T09:00:00+08:00' },
        validator: { validate: (value: unknown) => isInstant(value) },
      }),
  );

export const MAX_CAPACITY = 10_000;

/** The bureau creates a matchmaking event (对接活动). */
export class CreateEventDto {
  @ApiProperty({ maxLength: 100, example: '2026 年宁波市专精特新企业知识产权服务对接会' })
  @Trim()
  @IsString()
  @Length(1, 100)
  title: string;

  @ApiPropertyOptional({ maxLength: 2000, example: '面向专精特新中小企业的专利布局与知识产权服务一对一洽谈。' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 2000)
  description?: string;

  @Instant('Start (inclusive)')
  startsAt: string;

  @Instant('End (exclusive), after the start')
  endsAt: string;

  @ApiProperty({ maxLength: 200, example: '宁波市鄞州区科技大厦 3 楼会议室' })
  @Trim()
  @IsString()
  @Length(1, 200)
  place: string;

  @ApiProperty({ description: 'Held online (place is then the meeting link or room)' })
  @IsBoolean()
  online: boolean;

  @ApiProperty({ example: ['ip', 'digital'], description: 'Service category codes' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(/^[a-z_]{1,32}$/, { each: true, message: 'categories must be category codes' })
  categories: string[];

  @ApiProperty({ minimum: 0, maximum: MAX_CAPACITY, example: 30, description: 'Places for enterprises' })
  @IsInt()
  @Min(0)
  @Max(MAX_CAPACITY)
  enterpriseCapacity: number;

  @ApiProperty({ minimum: 0, maximum: MAX_CAPACITY, example: 10, description: 'Places for pool providers' })
  @IsInt()
  @Min(0)
  @Max(MAX_CAPACITY)
  providerCapacity: number;
}

export class EventsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ['upcoming', 'past'],
    description:
      'upcoming: not ended, soonest first; past: ended, latest first; neither: upcoming ones, then past ones',
  })
  @IsOptional()
  @IsIn(['upcoming', 'past'])
  when?: 'upcoming' | 'past';
}

/** The bureau schedules a 1:1 meeting between a registered enterprise and a registered provider. */
export class ScheduleMeetingDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  enterpriseId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  providerId: string;

  @Instant("Start, within the event's time")
  startsAt: string;

  @ApiProperty({ minimum: 5, maximum: 240, example: 30 })
  @IsInt()
  @Min(5)
  @Max(240)
  minutes: number;
}

/** After the meeting's start, the bureau records whether it was held. */
export class MeetingOutcomeDto {
  @ApiProperty()
  @IsBoolean()
  held: boolean;

  @ApiPropertyOptional({ maxLength: 2000, example: '双方就专利布局达成初步合作意向，约定下周提交报价。' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 2000)
  note?: string;
}
