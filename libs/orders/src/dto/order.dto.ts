import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { PageQuery, Trim } from '@app/shared';
import { ORDER_STATUSES, type OrderStatus } from '../orders.rules.js';

const MAX_FEN = 100_000_000_000;

export class CreateOrderDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  listingId: string;

  @ApiProperty({ example: '公司有3项新型传动结构需要申请发明专利，希望月底前提交。', maxLength: 2000 })
  @Trim()
  @IsString()
  @Length(1, 2000)
  requirement: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A service voucher (服务券) to pay part of the fee' })
  @IsOptional()
  @IsUUID('all')
  voucherId?: string;
}

export class QuoteDto {
  @ApiProperty({ example: 680000, description: 'Integer fen' })
  @IsInt()
  @Min(1)
  @Max(MAX_FEN)
  priceFen: number;
}

export class ConfirmDto {
  @ApiProperty({ example: 680000, description: 'The quoted price (integer fen) the enterprise accepts, as it saw it' })
  @IsInt()
  @Min(1)
  @Max(MAX_FEN)
  priceFen: number;
}

export class DeliverDto {
  @ApiProperty({ example: '已提交3件发明专利申请，取得受理通知书，附检索报告。', maxLength: 2000 })
  @Trim()
  @IsString()
  @Length(1, 2000)
  summary: string;
}

export class ResolveDto {
  @ApiProperty({ enum: ['completed', 'cancelled'] })
  @IsIn(['completed', 'cancelled'])
  outcome: 'completed' | 'cancelled';

  @ApiProperty({ maxLength: 2000 })
  @Trim()
  @IsString()
  @Length(1, 2000)
  reason: string;
}

export class OfflinePaymentDto {
  @ApiProperty({ example: 'ICBC-20261122-0001', description: 'Bank transfer reference', maxLength: 100 })
  @Trim()
  @IsString()
  @Length(1, 100)
  reference: string;
}

export class MessageDto {
  @ApiProperty({ maxLength: 2000 })
  @Trim()
  @IsString()
  @Length(1, 2000)
  body: string;
}

export class OrdersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ORDER_STATUSES })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: OrderStatus;
}
