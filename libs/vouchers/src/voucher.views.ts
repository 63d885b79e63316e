import { ApiProperty } from '@nestjs/swagger';
import { PageViewOf } from '@app/shared';
import type { Voucher, VoucherApplication, VoucherLedgerEntry, VoucherProgram } from './voucher.entity.js';

export class VoucherProgramView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: ['draft', 'open', 'closed'] }) status: string;
  @ApiProperty() coverageBp: number;
  @ApiProperty() maxFaceValueFen: number;
  @ApiProperty() perEnterpriseYearCapFen: number;
  @ApiProperty({ type: [String] }) categories: string[];
  @ApiProperty({ type: [String] }) tiers: string[];
  @ApiProperty() applyFrom: string;
  @ApiProperty() applyUntil: string;
  @ApiProperty() validFrom: string;
  @ApiProperty() validUntil: string;
  @ApiProperty({ required: false, description: 'Bureau only' }) budgetFen?: number;
  @ApiProperty({ required: false, description: 'Bureau only: face values issued less expired and revoked' })
  committedFen?: number;
  @ApiProperty({ required: false }) heldFen?: number;
  @ApiProperty({ required: false }) consumedFen?: number;
  @ApiProperty({ required: false, description: 'Approved, batched or paid claims' }) redeemedFen?: number;
  @ApiProperty({ required: false }) paidFen?: number;
  @ApiProperty({ required: false, description: 'budget - committed' }) remainingFen?: number;
}

export class VoucherProgramPage extends PageViewOf(VoucherProgramView) {}

export interface ProgramFigures {
  heldFen: number;
  consumedFen: number;
  redeemedFen: number;
  paidFen: number;
}

export function programView(p: VoucherProgram, figures?: ProgramFigures): VoucherProgramView {
  return {
    id: p.id,
    name: p.name,
    year: p.year,
    status: p.status,
    coverageBp: p.coverageBp,
    maxFaceValueFen: p.maxFaceValueFen,
    perEnterpriseYearCapFen: p.perEnterpriseCapFen,
    categories: p.categories,
    tiers: p.tiers,
    applyFrom: p.applyFrom,
    applyUntil: p.applyUntil,
    validFrom: p.validFrom,
    validUntil: p.validUntil,
    ...(figures
      ? {
          budgetFen: p.budgetFen,
          committedFen: p.committedFen,
          ...figures,
          remainingFen: p.budgetFen - p.committedFen,
        }
      : {}),
  };
}

export class VoucherApplicationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programId: string;
  @ApiProperty({ format: 'uuid' }) enterpriseId: string;
  @ApiProperty() requestedFen: number;
  @ApiProperty() purpose: string;
  @ApiProperty({ enum: ['submitted', 'approved', 'rejected'] }) status: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was rejected' }) reason: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) voucherId: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true }) decidedAt: string | null;
}

export class VoucherApplicationPage extends PageViewOf(VoucherApplicationView) {}

export function applicationView(a: VoucherApplication): VoucherApplicationView {
  return {
    id: a.id,
    programId: a.programId,
    enterpriseId: a.enterpriseId,
    requestedFen: a.requestedFen,
    purpose: a.purpose,
    status: a.status,
    reason: a.reason,
    voucherId: a.voucherId,
    createdAt: a.createdAt.toISOString(),
    decidedAt: a.decidedAt?.toISOString() ?? null,
  };
}

export class VoucherMovementView {
  @ApiProperty({ enum: ['issue', 'hold', 'release', 'consume', 'expire', 'revoke', 'redeem', 'pay'] }) kind: string;
  @ApiProperty() amountFen: number;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) orderId: string | null;
  @ApiProperty() createdAt: string;
}

export class VoucherView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'K7QM-8ZPD-3HX9', description: 'Unguessable, with a check character' }) code: string;
  @ApiProperty({ format: 'uuid' }) programId: string;
  @ApiProperty() programName: string;
  @ApiProperty({ format: 'uuid' }) enterpriseId: string;
  @ApiProperty({ enum: ['active', 'expired', 'revoked'] }) status: string;
  @ApiProperty() faceValueFen: number;
  @ApiProperty() availableFen: number;
  @ApiProperty() heldFen: number;
  @ApiProperty() consumedFen: number;
  @ApiProperty({ description: 'Expired unused, or revoked: available + held + consumed + expired = face' })
  expiredFen: number;
  @ApiProperty({ description: 'Of expiredFen, what the bureau revoked' }) revokedFen: number;
  @ApiProperty() validFrom: string;
  @ApiProperty() validUntil: string;
  @ApiProperty() issuedAt: string;
  @ApiProperty({
    type: [VoucherMovementView],
    required: false,
    description: 'GET /vouchers/:id: the ledger, oldest first',
  })
  history?: VoucherMovementView[];
}

export class VoucherPage extends PageViewOf(VoucherView) {}

export function voucherView(v: Voucher, program: VoucherProgram, history?: VoucherLedgerEntry[]): VoucherView {
  return {
    id: v.id,
    code: v.code,
    programId: v.programId,
    programName: program.name,
    enterpriseId: v.enterpriseId,
    status: v.status,
    faceValueFen: v.faceValueFen,
    availableFen: v.availableFen,
    heldFen: v.heldFen,
    consumedFen: v.consumedFen,
    expiredFen: v.expiredFen + v.revokedFen,
    revokedFen: v.revokedFen,
    validFrom: program.validFrom,
    validUntil: program.validUntil,
    issuedAt: v.issuedAt.toISOString(),
    ...(history
      ? {
          history: history.map((h) => ({
            kind: h.kind,
            amountFen: h.amountFen,
            orderId: h.orderId,
            createdAt: h.createdAt.toISOString(),
          })),
        }
      : {}),
  };
}

export class LedgerCheckView {
  @ApiProperty() ok: boolean;
  @ApiProperty() ledgerRows: number;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  differences: Array<Record<string, unknown>>;
}
